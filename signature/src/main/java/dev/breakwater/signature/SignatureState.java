package dev.breakwater.signature;

import java.util.ArrayList;
import java.util.List;

/** The signature being built while the rules run, with its notes and debug log. */
public final class SignatureState {

  private String signature = "";
  private String protoSignature;
  private final List<String> notes = new ArrayList<>();
  private final List<String> debugLog = new ArrayList<>();

  public String signature() {
    return signature;
  }

  /** Replaces the signature and records the change in the debug log. */
  public void setSignature(String rule, String newSignature) {
    debug(rule, "change signature: \"" + signature + "\" -> \"" + newSignature + "\"");
    signature = newSignature;
  }

  public String protoSignature() {
    return protoSignature;
  }

  /** Sets the full, normalized crashing stack ({@code " | "}-joined frames). */
  public void setProtoSignature(String protoSignature) {
    this.protoSignature = protoSignature;
  }

  /** Adds a note that goes to the processor notes of the crash. */
  public void info(String rule, String message) {
    notes.add(rule + ": " + message);
  }

  /** Adds a line to the signature debug log. */
  public void debug(String rule, String message) {
    debugLog.add(rule + ": " + message);
  }

  public List<String> notes() {
    return List.copyOf(notes);
  }

  public List<String> debugLog() {
    return List.copyOf(debugLog);
  }

  SignatureResult toResult() {
    return new SignatureResult(signature, protoSignature, notes, debugLog);
  }
}
