package dev.breakwater.minidump.output;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * rust-minidump's spelling of Linux signal reasons, which the JSON output follows: "SIGSEGV /
 * SEGV_MAPERR" with a space on both sides, and no numeric code when the code is unknown (Breakpad
 * writes "SIGSEGV /SEGV_MAPERR" and "SIGSEGV /0x00000000"). Other reasons are the same in both.
 */
final class RustCrashReason {
  private static final Pattern SIGNAL = Pattern.compile("^(SIG[A-Z0-9]+) ?/ ?(.*)$");

  private RustCrashReason() {}

  static String of(String breakpadReason) {
    Matcher matcher = SIGNAL.matcher(breakpadReason);
    if (!matcher.matches()) {
      return breakpadReason;
    }
    String code = matcher.group(2);
    return code.startsWith("0x") ? matcher.group(1) : matcher.group(1) + " / " + code;
  }
}
