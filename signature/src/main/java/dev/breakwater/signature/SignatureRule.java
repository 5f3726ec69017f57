package dev.breakwater.signature;

/** One step of signature generation: when it applies, and what it does to the signature. */
public interface SignatureRule {

  /** The rule's name in notes and the debug log. */
  default String name() {
    return getClass().getSimpleName();
  }

  /** Whether {@link #action} should run for this crash and the signature so far. */
  default boolean predicate(CrashData crash, SignatureState state) {
    return true;
  }

  /** Changes the signature (and may add notes); runs only when the predicate holds. */
  void action(CrashData crash, SignatureState state);
}
