package dev.breakwater.signature.lists;

import java.util.List;

/**
 * A normalized frame that, when present in the crashing stack, becomes the top of the stack for
 * signature generation.
 *
 * @param frame the exact normalized frame (not a regular expression)
 * @param requiredFrame when not null, the sentinel only counts if this exact frame is also in the
 *     stack
 */
public record SignatureSentinel(String frame, String requiredFrame) {

  /** The separator that introduces a required frame in {@code signature_sentinels.txt}. */
  static final String REQUIRES = " | requires:";

  /** Parses one non-comment line of {@code signature_sentinels.txt}. */
  static SignatureSentinel parse(String line) {
    int split = line.indexOf(REQUIRES);
    if (split < 0) {
      return new SignatureSentinel(line, null);
    }
    String frame = line.substring(0, split).strip();
    String required = line.substring(split + REQUIRES.length()).strip();
    if (frame.isEmpty() || required.isEmpty()) {
      throw new IllegalArgumentException(
          "a conditional sentinel needs a frame on both sides of '" + REQUIRES.strip() + "'");
    }
    return new SignatureSentinel(frame, required);
  }

  /** Whether this sentinel may be used for the given normalized frames. */
  public boolean appliesTo(List<String> frames) {
    return requiredFrame == null || frames.contains(requiredFrame);
  }
}
