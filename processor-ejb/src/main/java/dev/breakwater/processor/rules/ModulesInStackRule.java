package dev.breakwater.processor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Sets {@code modules_in_stack}: {@code filename/debug_id} of every module with a frame in the
 * crashing thread, sorted and {@code ;}-separated, to find crashes involving a given build of a
 * library. Characters that cannot occur in file names or debug ids are dropped.
 */
public final class ModulesInStackRule implements ProcessingRule {
  static final Pattern BAD_FILENAME_CHARACTERS = Pattern.compile("[^a-zA-Z0-9_.-]");
  static final Pattern BAD_HEX_CHARACTERS = Pattern.compile("[^a-fA-F0-9]");

  @Override
  public boolean predicate(ProcessingCrash report) {
    return JsonPaths.crashingThreadFrames(report.processedCrash()).isPresent();
  }

  @Override
  public void action(ProcessingCrash report) {
    Set<String> stackModules = new HashSet<>();
    for (JsonNode frame : JsonPaths.crashingThreadFrames(report.processedCrash()).orElseThrow()) {
      stackModules.add(JsonPaths.text(frame, "/module", ""));
    }
    Set<String> inStack = new TreeSet<>();
    for (JsonNode module : report.processedCrash().at("/json_dump/modules")) {
      String filename = JsonPaths.text(module, "/filename", null);
      if (filename != null && stackModules.contains(filename)) {
        String debugId = JsonPaths.text(module, "/debug_id", "");
        inStack.add(
            BAD_FILENAME_CHARACTERS.matcher(filename).replaceAll("")
                + "/"
                + BAD_HEX_CHARACTERS.matcher(debugId).replaceAll(""));
      }
    }
    if (!inStack.isEmpty()) {
      report.processedCrash().put("modules_in_stack", String.join(";", inStack));
    }
  }
}
