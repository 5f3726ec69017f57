package dev.breakwater.signature.rules;

import dev.breakwater.signature.CrashData;
import dev.breakwater.signature.SignatureRule;
import dev.breakwater.signature.SignatureState;
import java.util.regex.Pattern;

/**
 * Trims the signature, turns every whitespace character into a space and collapses runs of spaces.
 */
public final class SigFixWhitespace implements SignatureRule {

  private static final Pattern WHITESPACE = Pattern.compile("\\s", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern CONSECUTIVE_WHITESPACE =
      Pattern.compile("\\s\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  @Override
  public void action(CrashData crash, SignatureState state) {
    String original = state.signature();
    // Convert first, trim last: String.strip() alone would keep a no-break space at the ends.
    String fixed = WHITESPACE.matcher(original).replaceAll(" ");
    fixed = CONSECUTIVE_WHITESPACE.matcher(fixed).replaceAll(" ").strip();
    if (!fixed.equals(original)) {
      state.setSignature(name(), fixed);
    }
  }
}
