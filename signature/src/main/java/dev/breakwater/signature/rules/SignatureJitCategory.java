package dev.breakwater.signature.rules;

import dev.breakwater.signature.CrashData;
import dev.breakwater.signature.SignatureRule;
import dev.breakwater.signature.SignatureState;

/**
 * Replaces the signature with {@code jit | <category>} for crashes classified as JIT crashes: the
 * native stack of JIT-compiled code has no symbols and would scatter one bug over many buckets.
 */
public final class SignatureJitCategory implements SignatureRule {

  @Override
  public boolean predicate(CrashData crash, SignatureState state) {
    String category = crash.jitCategory();
    return category != null && !category.isEmpty();
  }

  @Override
  public void action(CrashData crash, SignatureState state) {
    state.info(
        name(), "Signature replaced with a JIT Crash Category, was: \"" + state.signature() + "\"");
    state.setSignature(name(), "jit | " + crash.jitCategory());
  }
}
