package dev.breakwater.webapp.ui.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.webapp.ui.Formats;
import java.util.ArrayList;
import java.util.List;

/**
 * One thread of the crashed process as the report shows it.
 *
 * @param index its index in {@code json_dump.threads}
 * @param name the thread's name, when the dump records one
 * @param crashing whether it is the thread that crashed
 * @param truncated whether the processor cut its stack short
 * @param frames its rows, top of the stack first
 */
public record StackThread(
    int index, String name, boolean crashing, boolean truncated, List<Frame> frames) {

  static StackThread of(int index, JsonNode thread, boolean crashing) {
    List<Frame> frames = new ArrayList<>();
    thread.path("frames").forEach(f -> frames.addAll(Frame.rows(f)));
    return new StackThread(
        index,
        Formats.text(thread.path("thread_name")),
        crashing,
        thread.path("truncated").asBoolean(false),
        List.copyOf(frames));
  }

  /** "Thread 3 (name)" or "Thread 3". */
  public String title() {
    return "Thread " + index + (name.isEmpty() ? "" : " (" + name + ")");
  }
}
