package dev.breakwater.processor.rules;

import java.util.List;

/**
 * Result of signature generation.
 *
 * @param signature the signature, printable, at most 255 characters
 * @param protoSignature all normalized frames joined, before the signature rules chose; may be null
 * @param notes public notes about problems met, added to the processor notes
 * @param debugLog the decisions taken, stored as {@code signature_debug}
 */
public record GeneratedSignature(
    String signature, String protoSignature, List<String> notes, List<String> debugLog) {}
