package dev.breakwater.signature.rules;

import dev.breakwater.signature.CrashData;
import dev.breakwater.signature.SignatureRule;
import dev.breakwater.signature.SignatureState;
import java.util.Set;

/** Prepends {@code stackoverflow} when the crash reason is a stack overflow. */
public final class StackOverflowSignature implements SignatureRule {

  private static final Set<String> STACK_OVERFLOW_REASONS = Set.of("EXCEPTION_STACK_OVERFLOW");

  @Override
  public boolean predicate(CrashData crash, SignatureState state) {
    String reason = crash.reason();
    return reason != null && STACK_OVERFLOW_REASONS.contains(reason);
  }

  @Override
  public void action(CrashData crash, SignatureState state) {
    state.setSignature(name(), "stackoverflow | " + state.signature());
  }
}
