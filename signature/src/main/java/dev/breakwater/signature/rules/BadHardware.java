package dev.breakwater.signature.rules;

import dev.breakwater.signature.CrashData;
import dev.breakwater.signature.SignatureRule;
import dev.breakwater.signature.SignatureState;
import java.util.List;

/** Prepends {@code bad hardware} when the crash reason points at failing hardware. */
public final class BadHardware implements SignatureRule {

  private static final List<String> BAD_HARDWARE_REASONS = List.of("STATUS_DEVICE_DATA_ERROR");

  @Override
  public boolean predicate(CrashData crash, SignatureState state) {
    String reason = crash.reason();
    return reason != null && BAD_HARDWARE_REASONS.stream().anyMatch(reason::contains);
  }

  @Override
  public void action(CrashData crash, SignatureState state) {
    state.setSignature(name(), "bad hardware | " + state.signature());
  }
}
