package dev.breakwater.collector.payload;

/**
 * The configured limits of a crash report (see {@code ConfigKeys} for the configuration keys).
 *
 * @param maxRequestBytes bytes of the body as sent
 * @param maxDecompressedBytes bytes of the body after gzip decompression
 * @param maxParts multipart parts
 * @param maxAnnotations annotations
 * @param maxAnnotationBytes bytes of all annotation values together
 * @param dumpMemoryBytes bytes of dumps per request held in memory before spooling to disk
 */
public record PayloadLimits(
    long maxRequestBytes,
    long maxDecompressedBytes,
    int maxParts,
    int maxAnnotations,
    long maxAnnotationBytes,
    long dumpMemoryBytes) {

  /** The defaults: 25 MiB request, 100 MiB decompressed, 4096 parts, 2048 annotations. */
  public static PayloadLimits defaults() {
    return new PayloadLimits(
        25L * 1024 * 1024, 100L * 1024 * 1024, 4096, 2048, 8L * 1024 * 1024, 2L * 1024 * 1024);
  }
}
