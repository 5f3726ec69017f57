package dev.breakwater.signature.rules;

import dev.breakwater.signature.CrashData;
import dev.breakwater.signature.SignatureRule;
import dev.breakwater.signature.SignatureState;

/**
 * Replaces the signature with {@code parentBuildID != childBuildID} when parent and child processes
 * come from different builds: symbols then do not match and the stacks are junk, so all such
 * crashes go into one bucket.
 */
public final class SignatureParentIDNotEqualsChildID implements SignatureRule {

  static final String BUILD_ID_ASSERTION = "MOZ_RELEASE_ASSERT(parentBuildID == childBuildID)";

  @Override
  public boolean predicate(CrashData crash, SignatureState state) {
    return BUILD_ID_ASSERTION.equals(crash.mozCrashReason());
  }

  @Override
  public void action(CrashData crash, SignatureState state) {
    state.info(
        name(), "Signature replaced with MOZ_RELEASE_ASSERT, was: \"" + state.signature() + "\"");
    state.setSignature(name(), "parentBuildID != childBuildID");
  }
}
