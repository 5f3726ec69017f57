package dev.breakwater.collector.payload;

/** A size limit of crash reports; exceeding any of them answers {@code 413}. */
public enum PayloadLimit {
  /** Bytes of the request body as sent (compressed if gzip). */
  REQUEST_SIZE("request_size"),
  /** Bytes of the multipart body after gzip decompression (gzip bombs). */
  DECOMPRESSED_SIZE("decompressed_size"),
  /** Number of multipart parts. */
  PART_COUNT("part_count"),
  /** Number of annotations. */
  ANNOTATION_COUNT("annotation_count"),
  /** Bytes of all annotation values together (text parts and the JSON part). */
  ANNOTATION_SIZE("annotation_size");

  private final String code;

  PayloadLimit(String code) {
    this.code = code;
  }

  /** The code used in metrics and logs. */
  public String code() {
    return code;
  }
}
