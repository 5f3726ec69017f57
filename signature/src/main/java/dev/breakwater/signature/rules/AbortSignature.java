package dev.breakwater.signature.rules;

import dev.breakwater.signature.CrashData;
import dev.breakwater.signature.SignatureRule;
import dev.breakwater.signature.SignatureState;
import dev.breakwater.signature.stack.SymbolText;

/** Prepends {@code Abort | <abort message>} for crashes that carry an abort message. */
public final class AbortSignature implements SignatureRule {

  /** Longer abort messages are cut to 77 characters plus "...". */
  static final int MESSAGE_MAX_LENGTH = 80;

  private static final String ABORT_MARKER = "###!!! ABORT:";

  @Override
  public boolean predicate(CrashData crash, SignatureState state) {
    String message = crash.abortMessage();
    return message != null && !message.isEmpty();
  }

  @Override
  public void action(CrashData crash, SignatureState state) {
    String message = crash.abortMessage();
    if (message.contains(ABORT_MARKER + " file ")) {
      // Nothing but a file name and line: only the "Abort" mark is worth having.
      state.setSignature(name(), "Abort | " + state.signature());
      return;
    }
    if (message.contains(ABORT_MARKER)) {
      // Drop the "[pid] ###!!! ABORT:" preamble.
      message = message.substring(message.indexOf(ABORT_MARKER) + ABORT_MARKER.length());
    }
    if (message.contains(": file ")) {
      // File names and line numbers change between builds.
      message = message.substring(0, message.indexOf(": file "));
    }
    if (message.contains("unable to find a usable font")) {
      message = withoutParenthesized(message);
    }
    message = SymbolText.dropBadCharacters(message).strip();
    if (message.length() > MESSAGE_MAX_LENGTH) {
      message = message.substring(0, MESSAGE_MAX_LENGTH - 3) + "...";
    }
    state.setSignature(name(), "Abort | " + message + " | " + state.signature());
  }

  /**
   * Folklore: "unable to find a usable font (微软雅黑)" names the font in the user's language, which
   * would split one bug into a signature per locale; see AbortSignatureTest.
   */
  private static String withoutParenthesized(String message) {
    int open = message.indexOf('(');
    int close = message.lastIndexOf(')');
    if (open < 0 || close < 0) {
      return message;
    }
    return message.substring(0, open) + message.substring(close + 1);
  }
}
