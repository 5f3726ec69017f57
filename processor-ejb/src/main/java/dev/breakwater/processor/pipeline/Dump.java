package dev.breakwater.processor.pipeline;

import java.nio.file.Path;

/**
 * One dump of a crash report, fetched to a local file for the duration of processing.
 *
 * @param name the dump name ({@code upload_file_minidump} for the main minidump)
 * @param file where its bytes are
 * @param size its length in bytes
 */
public record Dump(String name, Path file, long size) {

  /** Name of the main minidump. */
  public static final String MAIN_MINIDUMP = "upload_file_minidump";

  /** True for the main minidump and the additional ones (upload_file_minidump_browser, ...). */
  public boolean isMinidump() {
    return name.startsWith(MAIN_MINIDUMP);
  }

  public boolean isMainMinidump() {
    return name.equals(MAIN_MINIDUMP);
  }
}
