package dev.breakwater.minidump.process;

import java.util.List;
import java.util.Map;

/** Breakpad's names for Linux and Android signals and their si_code values. */
final class LinuxCrashReason {
  private static final List<String> SIGNALS =
      List.of(
          "",
          "SIGHUP",
          "SIGINT",
          "SIGQUIT",
          "SIGILL",
          "SIGTRAP",
          "SIGABRT",
          "SIGBUS",
          "SIGFPE",
          "SIGKILL",
          "SIGUSR1",
          "SIGSEGV",
          "SIGUSR2",
          "SIGPIPE",
          "SIGALRM",
          "SIGTERM",
          "SIGSTKFLT",
          "SIGCHLD",
          "SIGCONT",
          "SIGSTOP",
          "SIGTSTP",
          "SIGTTIN",
          "SIGTTOU",
          "SIGURG",
          "SIGXCPU",
          "SIGXFSZ",
          "SIGVTALRM",
          "SIGPROF",
          "SIGWINCH",
          "SIGIO",
          "SIGPWR",
          "SIGSYS");

  private static final Map<Integer, List<String>> CODES =
      Map.of(
          4,
          List.of(
              "",
              "ILL_ILLOPC",
              "ILL_ILLOPN",
              "ILL_ILLADR",
              "ILL_ILLTRP",
              "ILL_PRVOPC",
              "ILL_PRVREG",
              "ILL_COPROC",
              "ILL_BADSTK"),
          7,
          List.of("", "BUS_ADRALN", "BUS_ADRERR", "BUS_OBJERR", "BUS_MCEERR_AR", "BUS_MCEERR_AO"),
          8,
          List.of(
              "",
              "FPE_INTDIV",
              "FPE_INTOVF",
              "FPE_FLTDIV",
              "FPE_FLTOVF",
              "FPE_FLTUND",
              "FPE_FLTRES",
              "FPE_FLTINV",
              "FPE_FLTSUB"),
          11,
          List.of(
              "",
              "SEGV_MAPERR",
              "SEGV_ACCERR",
              "SEGV_BNDERR",
              "SEGV_PKUERR",
              "SEGV_ACCADI",
              "SEGV_ADIDERR",
              "SEGV_ADIPERR",
              "SEGV_MTEAERR",
              "SEGV_MTESERR"));

  private static final long DUMP_REQUESTED = 0xffffffffL;

  private LinuxCrashReason() {}

  /** The reason, or null when the signal is unknown. */
  static String reason(long code, long flags) {
    if (code == DUMP_REQUESTED) {
      return "DUMP_REQUESTED";
    }
    if (code <= 0 || code >= SIGNALS.size()) {
      return null;
    }
    String signal = SIGNALS.get((int) code);
    List<String> codes = CODES.get((int) code);
    if (codes == null) {
      return signal;
    }
    // Folklore: Breakpad writes "SIGSEGV /SEGV_MAPERR" without the space the other signals get;
    // reports are matched on this exact text (corpus: linux_null_dereference.dmp).
    String separator = code == 11 ? " /" : " / ";
    String name = flags > 0 && flags < codes.size() ? codes.get((int) flags) : null;
    return signal + separator + (name != null ? name : String.format("0x%08x", flags));
  }
}
