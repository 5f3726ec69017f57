package dev.breakwater.minidump.model;

import java.util.List;

/**
 * Why the process stopped.
 *
 * @param crashed true when the dump has an exception stream
 * @param reason Breakpad's crash reason ("EXCEPTION_ACCESS_VIOLATION_READ", "SIGSEGV /SEGV_MAPERR")
 * @param address the crash address (masked to 32 bits on 32-bit CPUs)
 * @param requestingThread index (in {@link ProcessState#walkedThreads()}) of the crashing or
 *     requesting thread, or -1
 * @param code the exception code
 * @param flags the exception flags (the signal code on Linux, the Mach code on macOS)
 * @param parameters the exception information words the dump records
 * @param assertion Breakpad's assertion text, or ""
 */
public record CrashInfo(
    boolean crashed,
    String reason,
    long address,
    int requestingThread,
    long code,
    long flags,
    List<Long> parameters,
    String assertion) {
  public static final CrashInfo NONE = new CrashInfo(false, "", 0, -1, 0, 0, List.of(), "");
}
