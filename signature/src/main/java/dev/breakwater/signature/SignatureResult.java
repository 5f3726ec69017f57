package dev.breakwater.signature;

import java.util.List;

/**
 * What signature generation produced for one crash.
 *
 * @param signature the crash signature (printable ASCII, at most 255 characters)
 * @param protoSignature the normalized frames of the crashing stack joined with {@code " | "}, or
 *     null when there were no frames
 * @param notes processor notes ({@code "<rule>: <message>"}), e.g. why a signature is EMPTY or that
 *     a rule failed
 * @param debugLog how the signature came about, step by step ({@code "<rule>: <message>"})
 */
public record SignatureResult(
    String signature, String protoSignature, List<String> notes, List<String> debugLog) {

  public SignatureResult {
    notes = List.copyOf(notes);
    debugLog = List.copyOf(debugLog);
  }
}
