package dev.breakwater.signature.rules;

import dev.breakwater.signature.CrashData;
import dev.breakwater.signature.SignatureRule;
import dev.breakwater.signature.SignatureState;

/** Appends the stack walker's status to an EMPTY signature, e.g. {@code EMPTY: ...; ERROR_...}. */
public final class StackwalkerErrorSignatureRule implements SignatureRule {

  @Override
  public boolean predicate(CrashData crash, SignatureState state) {
    String status = crash.stackwalkerStatus();
    return state.signature().startsWith("EMPTY") && status != null && !status.isEmpty();
  }

  @Override
  public void action(CrashData crash, SignatureState state) {
    state.setSignature(name(), state.signature() + "; " + crash.stackwalkerStatus());
  }
}
