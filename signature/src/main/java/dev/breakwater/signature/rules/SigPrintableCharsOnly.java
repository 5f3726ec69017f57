package dev.breakwater.signature.rules;

import dev.breakwater.signature.CrashData;
import dev.breakwater.signature.SignatureRule;
import dev.breakwater.signature.SignatureState;

/**
 * Drops characters that are neither printable ASCII nor whitespace; whitespace is left for {@link
 * SigFixWhitespace}, so {@code a\tb} still becomes {@code a b}.
 *
 * <p>Abort messages are cleaned where they are added, but other annotation text copied into the
 * signature (IPC channel errors, IPC message names, JIT categories) is not, and a signature is a
 * search key and a URL path segment: it must be plain text.
 */
public final class SigPrintableCharsOnly implements SignatureRule {

  @Override
  public boolean predicate(CrashData crash, SignatureState state) {
    return !state.signature().codePoints().allMatch(SigPrintableCharsOnly::isKept);
  }

  @Override
  public void action(CrashData crash, SignatureState state) {
    StringBuilder kept = new StringBuilder();
    state
        .signature()
        .codePoints()
        .filter(SigPrintableCharsOnly::isKept)
        .forEach(kept::appendCodePoint);
    state.info(name(), "non-printable characters removed from signature");
    state.setSignature(name(), kept.toString());
  }

  /** Printable ASCII, or whitespace that {@link SigFixWhitespace} turns into a space. */
  static boolean isKept(int c) {
    if (c >= 32 && c < 127) {
      return true;
    }
    // U+001C..U+001F are "whitespace" to Character.isWhitespace but not Unicode White_Space.
    boolean separatorControl = c >= 0x1C && c <= 0x1F;
    return !separatorControl && (Character.isWhitespace(c) || Character.isSpaceChar(c));
  }
}
