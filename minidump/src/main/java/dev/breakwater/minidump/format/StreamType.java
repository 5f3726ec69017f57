package dev.breakwater.minidump.format;

/** Stream type numbers of the minidump directory (Microsoft's, Breakpad's and Mozilla's). */
public final class StreamType {
  public static final int UNUSED = 0;
  public static final int THREAD_LIST = 3;
  public static final int MODULE_LIST = 4;
  public static final int MEMORY_LIST = 5;
  public static final int EXCEPTION = 6;
  public static final int SYSTEM_INFO = 7;
  public static final int THREAD_EX_LIST = 8;
  public static final int MEMORY_64_LIST = 9;
  public static final int HANDLE_DATA = 12;
  public static final int UNLOADED_MODULE_LIST = 14;
  public static final int MISC_INFO = 15;
  public static final int MEMORY_INFO_LIST = 16;
  public static final int THREAD_INFO_LIST = 17;
  public static final int SYSTEM_MEMORY_INFO = 21;
  public static final int PROCESS_VM_COUNTERS = 22;
  public static final int THREAD_NAME_LIST = 24;
  public static final int BREAKPAD_INFO = 0x47670001;
  public static final int ASSERTION_INFO = 0x47670002;
  public static final int LINUX_CPU_INFO = 0x47670003;
  public static final int LINUX_PROC_STATUS = 0x47670004;
  public static final int LINUX_LSB_RELEASE = 0x47670005;
  public static final int LINUX_CMD_LINE = 0x47670006;
  public static final int LINUX_ENVIRON = 0x47670007;
  public static final int LINUX_AUXV = 0x47670008;
  public static final int LINUX_MAPS = 0x47670009;
  public static final int LINUX_DSO_DEBUG = 0x4767000A;
  public static final int CRASHPAD_INFO = 0x43500001;
  public static final int MOZ_MACOS_CRASH_INFO = 0x4d7a0001;
  public static final int MOZ_MACOS_BOOTARGS = 0x4d7a0002;
  public static final int MOZ_LINUX_LIMITS = 0x4d7a0003;
  public static final int MOZ_SOFT_ERRORS = 0x4d7a0004;

  private StreamType() {}

  /**
   * Streams of which a dump may hold only one: Breakpad refuses a dump with two of them; we keep
   * the first and note the duplicate.
   */
  public static boolean isSingleton(int type) {
    return switch (type) {
      case THREAD_LIST,
          THREAD_NAME_LIST,
          MODULE_LIST,
          MEMORY_LIST,
          EXCEPTION,
          SYSTEM_INFO,
          MISC_INFO,
          BREAKPAD_INFO,
          CRASHPAD_INFO ->
          true;
      default -> false;
    };
  }
}
