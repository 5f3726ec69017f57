package dev.breakwater.processor.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * SEAM(signature): how the processor asks for a crash signature. The signature generator lives in
 * {@code dev.breakwater.processor.signature}; it is adapted to this interface where the rulesets
 * are assembled, and tests use a fake.
 */
public interface SignatureGeneration {

  /** Computes the signature of a processed crash (which it must not modify). */
  GeneratedSignature generate(ObjectNode processedCrash);
}
