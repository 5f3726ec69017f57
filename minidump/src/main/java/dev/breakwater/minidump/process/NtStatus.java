package dev.breakwater.minidump.process;

import java.util.Map;

/**
 * Names of the NTSTATUS codes that commonly explain in-page errors (the third parameter of
 * EXCEPTION_IN_PAGE_ERROR). Breakpad names about two thousand codes; the rarer ones are printed
 * here as hex, which is a known difference from Breakpad's crash reason for those dumps.
 */
final class NtStatus {
  private static final Map<Long, String> NAMES =
      Map.ofEntries(
          Map.entry(0x00000000L, "STATUS_SUCCESS"),
          Map.entry(0xc0000006L, "STATUS_IN_PAGE_ERROR"),
          Map.entry(0xc000000eL, "STATUS_NO_SUCH_DEVICE"),
          Map.entry(0xc0000034L, "STATUS_OBJECT_NAME_NOT_FOUND"),
          Map.entry(0xc000009aL, "STATUS_INSUFFICIENT_RESOURCES"),
          Map.entry(0xc000009cL, "STATUS_DEVICE_DATA_ERROR"),
          Map.entry(0xc000009dL, "STATUS_DEVICE_NOT_CONNECTED"),
          Map.entry(0xc0000185L, "STATUS_IO_DEVICE_ERROR"),
          Map.entry(0xc000020cL, "STATUS_CONNECTION_DISCONNECTED"),
          Map.entry(0xc0000022L, "STATUS_ACCESS_DENIED"),
          Map.entry(0xc000003eL, "STATUS_DATA_ERROR"),
          Map.entry(0xc000003fL, "STATUS_CRC_ERROR"),
          Map.entry(0xc0000054L, "STATUS_FILE_LOCK_CONFLICT"),
          Map.entry(0xc0000102L, "STATUS_FILE_CORRUPT_ERROR"),
          Map.entry(0xc000012dL, "STATUS_COMMITMENT_LIMIT"),
          Map.entry(0xc0000128L, "STATUS_FILE_CLOSED"),
          Map.entry(0xc00000c4L, "STATUS_UNEXPECTED_NETWORK_ERROR"),
          Map.entry(0xc0000043L, "STATUS_SHARING_VIOLATION"),
          Map.entry(0xc000026eL, "STATUS_VOLUME_DISMOUNTED"),
          Map.entry(0xc00000b5L, "STATUS_IO_TIMEOUT"));

  private NtStatus() {}

  static String name(long status) {
    String name = NAMES.get(status);
    return name != null ? name : String.format("0x%08x", status);
  }
}
