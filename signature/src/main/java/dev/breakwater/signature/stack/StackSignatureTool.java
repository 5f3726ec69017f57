package dev.breakwater.signature.stack;

import dev.breakwater.signature.lists.SignatureLists;
import dev.breakwater.signature.lists.SignatureSentinel;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the signature out of the normalized frames of a C/C++/Rust stack using the signature lists:
 *
 * <ol>
 *   <li>start at the first sentinel frame, if any;
 *   <li>skip irrelevant frames;
 *   <li>cut DLL frames down to the module name and merge repeats;
 *   <li>keep prefix frames and go on; the first other frame is the last one kept.
 * </ol>
 */
public final class StackSignatureTool {

  /** The result of {@link #generate}: the signature, processor notes and debug notes. */
  public record Generated(String signature, List<String> notes, List<String> debugNotes) {}

  private final SignatureLists lists;

  public StackSignatureTool(SignatureLists lists) {
    this.lists = lists;
  }

  /**
   * Generates the signature from normalized frames.
   *
   * @param frames normalized frames of the crashing thread, innermost first
   * @param hangType -1 ("hang") or 1 ("chromehang") to mark a hang report; anything else no mark
   * @param crashingThread the crashing thread's index, only used to explain an empty signature
   */
  public Generated generate(List<String> frames, Integer hangType, Integer crashingThread) {
    List<String> notes = new ArrayList<>();
    List<String> debug = new ArrayList<>();
    debug.add("using " + lists.origin());

    List<String> stack = fromFirstSentinel(frames, debug);
    List<String> kept = keptFrames(stack, debug);
    String hangMark = hangType == null ? null : hangMark(hangType);
    if (hangMark != null) {
      debug.add("hang_type " + hangType + ": prepending " + hangMark);
      kept.add(0, hangMark);
    }

    String signature = String.join(" | ", kept);
    if (signature.isEmpty()) {
      if (crashingThread == null) {
        notes.add("CSignatureTool: no crashing thread identified");
        signature = "EMPTY: no crashing thread identified";
      } else {
        notes.add("CSignatureTool: no frame data for crashing thread (" + crashingThread + ")");
        // All frames were irrelevant: the top one still says more than nothing.
        signature = stack.isEmpty() ? "EMPTY: no frame data available" : stack.get(0);
      }
    }
    return new Generated(signature, notes, debug);
  }

  private List<String> fromFirstSentinel(List<String> frames, List<String> debug) {
    int first = -1;
    for (SignatureSentinel sentinel : lists.sentinels()) {
      if (!sentinel.appliesTo(frames)) {
        continue;
      }
      int index = frames.indexOf(sentinel.frame());
      if (index >= 0 && (first < 0 || index < first)) {
        first = index;
      }
    }
    if (first < 0) {
      return frames;
    }
    debug.add("sentinel; starting at \"" + frames.get(first) + "\" index " + first);
    return frames.subList(first, frames.size());
  }

  private List<String> keptFrames(List<String> stack, List<String> debug) {
    List<String> kept = new ArrayList<>();
    for (String frame : stack) {
      if (lists.isIrrelevant(frame)) {
        debug.add("irrelevant; ignoring: \"" + frame + "\"");
        continue;
      }
      // Unloaded modules keep their offset: "(unloaded foo.dll@0x10)" is not a DLL frame.
      if (!frame.startsWith("(unloaded") && lists.isTrimmedModule(frame)) {
        frame = frame.split("@", -1)[0];
        if (!kept.isEmpty() && frame.equals(kept.get(kept.size() - 1))) {
          continue;
        }
      }
      kept.add(frame);
      if (!lists.isPrefix(frame)) {
        debug.add("not a prefix; stop: \"" + frame + "\"");
        break;
      }
      debug.add("prefix; continue iterating: \"" + frame + "\"");
    }
    return kept;
  }

  private static String hangMark(int hangType) {
    return switch (hangType) {
      case -1 -> "hang";
      case 1 -> "chromehang";
      default -> null;
    };
  }
}
