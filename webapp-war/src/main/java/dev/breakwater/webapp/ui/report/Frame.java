package dev.breakwater.webapp.ui.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.webapp.ui.Formats;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a stack table: a real frame, or a function inlined at a real frame's address (shown
 * above it, as it executed logically first, and marked).
 *
 * @param index the frame's number in its stack (inlined rows carry their real frame's)
 * @param module the module's file name
 * @param function the function and the offset into it, or the module offset without symbols
 * @param source {@code file:line}, when symbols name them
 * @param trust how the stack walker found the frame (context, cfi, frame_pointer, scan)
 * @param inline whether this is an inlined function rather than a real frame
 * @param missingSymbols whether the module's symbols were looked for and not found
 */
public record Frame(
    String index,
    String module,
    String function,
    String source,
    String trust,
    boolean inline,
    boolean missingSymbols) {

  /** The rows of one stack frame of a {@code json_dump} thread: its inlines, then itself. */
  static List<Frame> rows(JsonNode frame) {
    List<Frame> rows = new ArrayList<>();
    String index = Formats.text(frame.path("frame"));
    String module = Formats.text(frame.path("module"));
    for (JsonNode inline : frame.path("inlines")) {
      rows.add(
          new Frame(
              index,
              module,
              Formats.text(inline.path("function")),
              source(inline),
              "inlined",
              true,
              false));
    }
    rows.add(
        new Frame(
            index,
            module,
            function(frame),
            source(frame),
            Formats.text(frame.path("trust")),
            false,
            frame.path("missing_symbols").asBoolean(false)));
    return rows;
  }

  /** Socorro's frame name: function + offset, else module + module offset, else the address. */
  private static String function(JsonNode frame) {
    String function = Formats.text(frame.path("function"));
    if (!function.isEmpty()) {
      String offset = Formats.text(frame.path("function_offset"));
      return offset.isEmpty() ? function : function + " + " + offset;
    }
    String moduleOffset = Formats.text(frame.path("module_offset"));
    if (!moduleOffset.isEmpty()) {
      return Formats.text(frame.path("module")) + " + " + moduleOffset;
    }
    return Formats.text(frame.path("offset"));
  }

  private static String source(JsonNode frame) {
    String file = Formats.text(frame.path("file"));
    String line = Formats.text(frame.path("line"));
    if (file.isEmpty()) {
      return "";
    }
    return line.isEmpty() ? file : file + ":" + line;
  }

  /** Whether the stack walker only guessed this frame by scanning the stack. */
  public boolean isScanned() {
    return "scan".equals(trust);
  }
}
