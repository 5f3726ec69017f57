package dev.breakwater.signature.rules;

import dev.breakwater.signature.CrashData;
import dev.breakwater.signature.SignatureRule;
import dev.breakwater.signature.SignatureState;
import java.util.List;
import java.util.Set;

/**
 * Marks out-of-memory crashes: {@code OOM | small} (all small-allocation failures are one bucket),
 * {@code OOM | large | <signature>} or {@code OOM | unknown | <signature>}.
 */
public final class OOMSignature implements SignatureRule {

  /** Allocations up to this size (256 KiB) are "small". */
  static final long SMALL_ALLOCATION_LIMIT = 262_144;

  private static final List<String> SIGNATURE_FRAGMENTS =
      List.of(
          "NS_ABORT_OOM",
          "mozalloc_handle_oom",
          "CrashAtUnhandlableOOM",
          "AutoEnterOOMUnsafeRegion",
          "alloc::oom::oom");
  private static final Set<String> OOM_REASONS =
      Set.of("STATUS_FATAL_MEMORY_EXHAUSTION", "STATUS_NO_MEMORY");
  private static final Set<String> OOM_LAST_ERRORS =
      Set.of("ERROR_COMMITMENT_LIMIT", "ERROR_NOT_ENOUGH_MEMORY");

  @Override
  public boolean predicate(CrashData crash, SignatureState state) {
    Long size = crash.oomAllocationSize();
    if (size != null && size != 0) {
      return true;
    }
    String signature = state.signature();
    if (signature.isEmpty()) {
      return false;
    }
    if (SIGNATURE_FRAGMENTS.stream().anyMatch(signature::contains)) {
      return true;
    }
    String lastError = crash.thread(crash.crashingThread()).path("last_error_value").asText("");
    String reason = crash.reason();
    return OOM_LAST_ERRORS.contains(lastError)
        || (reason != null && OOM_REASONS.contains(reason))
        || "Reporting".equals(crash.jsLargeAllocationFailure());
  }

  @Override
  public void action(CrashData crash, SignatureState state) {
    if ("Reporting".equals(crash.jsLargeAllocationFailure())) {
      state.setSignature(name(), "OOM | large | " + state.signature());
      return;
    }
    Long size = crash.oomAllocationSize();
    if (size == null) {
      state.setSignature(name(), "OOM | unknown | " + state.signature());
    } else if (size <= SMALL_ALLOCATION_LIMIT) {
      state.setSignature(name(), "OOM | small");
    } else {
      state.setSignature(name(), "OOM | large | " + state.signature());
    }
  }
}
