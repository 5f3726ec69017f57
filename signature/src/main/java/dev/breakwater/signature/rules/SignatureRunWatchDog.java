package dev.breakwater.signature.rules;

import dev.breakwater.signature.CrashData;
import dev.breakwater.signature.SignatureRule;
import dev.breakwater.signature.SignatureState;

/**
 * Regenerates the signature of a shutdown hang from thread 0 and prepends {@code shutdownhang}.
 *
 * <p>The shutdown watchdog crashes the process on purpose when the main thread is stuck, so the
 * crashing thread (the watchdog's, {@code RunWatchdog}) says nothing; what thread 0 was doing is
 * the bug.
 */
public final class SignatureRunWatchDog implements SignatureRule {

  private final StackSignatureRule generation;

  public SignatureRunWatchDog(StackSignatureRule generation) {
    this.generation = generation;
  }

  @Override
  public boolean predicate(CrashData crash, SignatureState state) {
    return state.signature().contains("RunWatchdog");
  }

  @Override
  public void action(CrashData crash, SignatureState state) {
    generation.action(crash.withCrashingThread(0), state);
    state.setSignature(name(), "shutdownhang | " + state.signature());
  }
}
