package dev.breakwater.webapp.ui.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.webapp.ui.Formats;

/**
 * One module loaded in the crashed process, as the Modules table lists it.
 *
 * @param missingSymbols whether its symbols were looked for and not found: its frames have no
 *     function names until they are uploaded
 * @param inStack whether the crashing thread runs code of it
 */
public record Module(
    String filename,
    String version,
    String debugFile,
    String debugId,
    String codeId,
    boolean missingSymbols,
    boolean loadedSymbols,
    boolean inStack) {

  static Module of(JsonNode module, boolean inStack) {
    return new Module(
        Formats.text(module.path("filename")),
        Formats.text(module.path("version")),
        Formats.text(module.path("debug_file")),
        Formats.text(module.path("debug_id")),
        Formats.text(module.path("code_id")),
        module.path("missing_symbols").asBoolean(false),
        module.path("loaded_symbols").asBoolean(false),
        inStack);
  }
}
