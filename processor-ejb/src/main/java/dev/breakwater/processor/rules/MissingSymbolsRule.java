package dev.breakwater.processor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sets {@code missing_symbols}: {@code filename/version/debug_id[/code_id]} of every module whose
 * symbols the stack walker looked for and did not find, sorted and {@code ;}-separated, so symbol
 * uploaders know what to upload.
 */
public final class MissingSymbolsRule implements ProcessingRule {
  private static final String NULL_DEBUG_ID = "0".repeat(33);

  @Override
  public boolean predicate(ProcessingCrash report) {
    return report.processedCrash().at("/json_dump/modules").size() > 0;
  }

  @Override
  public void action(ProcessingCrash report) {
    Set<String> missing = new TreeSet<>();
    for (JsonNode module : report.processedCrash().at("/json_dump/modules")) {
      if (module.hasNonNull("filename") && module.path("missing_symbols").asBoolean(false)) {
        missing.add(format(module));
      }
    }
    if (!missing.isEmpty()) {
      report.processedCrash().put("missing_symbols", String.join(";", missing));
    }
  }

  static String format(JsonNode module) {
    String filename =
        ModulesInStackRule.BAD_FILENAME_CHARACTERS
            .matcher(module.path("filename").asText())
            .replaceAll("");
    String version = JsonPaths.text(module, "/version", "");
    version = version.isEmpty() ? "None" : version.replace("/", "\\/");
    String debugId =
        ModulesInStackRule.BAD_HEX_CHARACTERS
            .matcher(JsonPaths.text(module, "/debug_id", NULL_DEBUG_ID))
            .replaceAll("");
    String codeId =
        ModulesInStackRule.BAD_HEX_CHARACTERS
            .matcher(JsonPaths.text(module, "/code_id", ""))
            .replaceAll("");
    String formatted = filename + "/" + version + "/" + debugId;
    return codeId.isEmpty() ? formatted : formatted + "/" + codeId;
  }
}
