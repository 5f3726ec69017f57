package dev.breakwater.signature.stack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.signature.stack.StackSignatureTool.Generated;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Generates the signature of a Java crash from its stack trace: exception class, description
 * (object addresses blanked) and the top method without its line number.
 */
public final class JavaSignatureTool {

  /** Longer signatures lose the exception description. */
  static final int DESCRIPTION_MAX_LENGTH = 255;

  private static final Pattern LINE_NUMBER = Pattern.compile("\\.java:\\d+\\)$");
  private static final Pattern HEX_ADDRESS = Pattern.compile("@[0-9a-f]{8}");
  private static final Pattern LINE_BREAK =
      Pattern.compile("\r\n|[\n\r\u000B\f\u001C\u001D\u001E\u0085\u2028\u2029]");
  private static final String NOT_EXPECTED_FORMAT =
      "EMPTY: Java stack trace not in expected format";

  /** Generates the signature; {@code delimiter} separates class, description and method. */
  public Generated generate(JsonNode stackTrace, String delimiter) {
    if (!stackTrace.isTextual() || stackTrace.textValue().isEmpty()) {
      return new Generated(
          NOT_EXPECTED_FORMAT,
          List.of("JavaSignatureTool: stack trace not in expected format"),
          List.of());
    }
    String[] raw = LINE_BREAK.split(stackTrace.textValue(), -1);
    // A final line break ends the last line rather than starting an empty one.
    int count = raw.length > 1 && raw[raw.length - 1].isEmpty() ? raw.length - 1 : raw.length;
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(raw[i].strip());
    }
    List<String> notes = new ArrayList<>();

    String exceptionClass = lines.get(0);
    String description = "";
    int colon = lines.get(0).indexOf(':');
    if (colon >= 0) {
      exceptionClass = lines.get(0).substring(0, colon).strip();
      description = HEX_ADDRESS.matcher(lines.get(0).substring(colon + 1)).replaceAll("@<addr>");
      description = description.strip();
    } else {
      notes.add("JavaSignatureTool: stack trace line 1 is not in the expected format");
    }

    String method = "";
    if (lines.size() < 2) {
      notes.add("JavaSignatureTool: stack trace line 2 is missing");
    } else {
      method = LINE_NUMBER.matcher(lines.get(1)).replaceAll(".java)");
      if (method.isEmpty()) {
        notes.add("JavaSignatureTool: stack trace line 2 is empty");
      }
    }

    String signature;
    if (description.endsWith("<addr>")) {
      signature = joinNonEmpty(delimiter, exceptionClass, description, method);
    } else {
      // Folklore: the first signatures left out the delimiter between description and method
      // unless the description ended in an address; existing signatures keep that spelling.
      // Example and test: JavaSignatureToolTest "replace address with trailing text".
      signature = joinNonEmpty(delimiter, exceptionClass, joinNonEmpty(" ", description, method));
    }
    if (signature.length() > DESCRIPTION_MAX_LENGTH) {
      signature = exceptionClass + delimiter + method;
      notes.add("JavaSignatureTool: dropped Java exception description due to length");
    }
    return new Generated(signature, notes, List.of());
  }

  private static String joinNonEmpty(String delimiter, String... parts) {
    List<String> present = new ArrayList<>();
    for (String part : parts) {
      if (!part.isEmpty()) {
        present.add(part);
      }
    }
    return String.join(delimiter, present);
  }
}
