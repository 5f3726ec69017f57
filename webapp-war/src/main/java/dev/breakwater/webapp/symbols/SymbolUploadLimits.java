package dev.breakwater.webapp.symbols;

/**
 * Bounds of one symbol upload; exceeding any answers 413.
 *
 * @param maxUploadBytes request body as sent
 * @param maxUncompressedBytes all files together after unzipping (zip bombs)
 * @param maxFiles files in the upload, zip entries included
 */
public record SymbolUploadLimits(long maxUploadBytes, long maxUncompressedBytes, int maxFiles) {

  public SymbolUploadLimits {
    if (maxUploadBytes < 1 || maxUncompressedBytes < 1 || maxFiles < 1) {
      throw new IllegalArgumentException("symbol upload limits must be positive");
    }
  }
}
