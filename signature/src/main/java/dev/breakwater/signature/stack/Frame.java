package dev.breakwater.signature.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The parts of one stack frame (or one inlined call within it) that signature generation uses,
 * taken from a {@code minidump-stackwalk --json} frame.
 *
 * @param module module name, e.g. {@code xul.dll}
 * @param function symbolized function name
 * @param file source file, possibly a {@code vcs:root:path:revision} reference
 * @param line source line as text
 * @param hasLine whether a non-zero line is known
 * @param moduleOffset offset of the instruction in the module, hexadecimal
 * @param offset absolute instruction address, hexadecimal
 * @param unloadedModules unloaded modules the address falls into ({@code [{module, offsets}]})
 */
public record Frame(
    String module,
    String function,
    String file,
    String line,
    boolean hasLine,
    String moduleOffset,
    String offset,
    JsonNode unloadedModules) {

  /** The frame itself, ignoring its inlined calls. */
  static Frame of(JsonNode frame) {
    return new Frame(
        text(frame.path("module")),
        text(frame.path("function")),
        text(frame.path("file")),
        text(frame.path("line")),
        hasLine(frame.path("line")),
        text(frame.path("module_offset")),
        text(frame.path("offset")),
        frame.path("unloaded_modules"));
  }

  /** One inlined call of {@code frame}: its own function and source, the frame's addresses. */
  static Frame inlined(JsonNode inline, JsonNode frame) {
    return new Frame(
        text(frame.path("module")),
        text(inline.path("function")),
        text(inline.path("file")),
        text(inline.path("line")),
        hasLine(inline.path("line")),
        text(frame.path("module_offset")),
        text(frame.path("offset")),
        MissingNode.getInstance());
  }

  Frame withFunction(String newFunction) {
    return new Frame(
        module, newFunction, file, line, hasLine, moduleOffset, offset, unloadedModules);
  }

  Frame withModule(String newModule) {
    return new Frame(
        newModule, function, file, line, hasLine, moduleOffset, offset, unloadedModules);
  }

  static boolean present(String value) {
    return value != null && !value.isEmpty();
  }

  private static String text(JsonNode node) {
    return node.isValueNode() && !node.isNull() ? node.asText() : null;
  }

  private static boolean hasLine(JsonNode line) {
    if (line.isNumber()) {
      return line.doubleValue() != 0;
    }
    return line.isTextual() && !line.textValue().isEmpty();
  }
}
