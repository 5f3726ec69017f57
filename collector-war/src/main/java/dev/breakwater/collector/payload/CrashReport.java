package dev.breakwater.collector.payload;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed crash report: annotations, dumps (by sanitized name, buffered) and what the payload
 * looked like. Close it to free the dump buffers.
 */
public final class CrashReport implements AutoCloseable {

  /** How the annotations were encoded. */
  public enum PayloadKind {
    /** One {@code application/json} part holding all annotations. */
    JSON,
    /** One text part per annotation. */
    MULTIPART;

    /** The value of {@code metadata.payload}. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Map<String, Object> annotations;
  private final Map<String, DumpBuffer> dumps;
  private final PayloadKind payloadKind;
  private final boolean compressed;
  private final long payloadSize;

  CrashReport(
      Map<String, Object> annotations,
      Map<String, DumpBuffer> dumps,
      PayloadKind payloadKind,
      boolean compressed,
      long payloadSize) {
    this.annotations = annotations;
    this.dumps = dumps;
    this.payloadKind = payloadKind;
    this.compressed = compressed;
    this.payloadSize = payloadSize;
  }

  /**
   * Annotations in arrival order. Values are strings for text parts; a JSON part may also carry
   * numbers, booleans, lists and objects, which are kept as they came.
   */
  public Map<String, Object> annotations() {
    return annotations;
  }

  /** Dumps by sanitized name, in arrival order. */
  public Map<String, DumpBuffer> dumps() {
    return Collections.unmodifiableMap(dumps);
  }

  public PayloadKind payloadKind() {
    return payloadKind;
  }

  /** Whether the body was gzip-compressed. */
  public boolean compressed() {
    return compressed;
  }

  /** Size of the multipart body in bytes, after decompression. */
  public long payloadSize() {
    return payloadSize;
  }

  /** A copy of the annotations, for building the raw crash. */
  public Map<String, Object> copyOfAnnotations() {
    return new LinkedHashMap<>(annotations);
  }

  @Override
  public void close() {
    dumps.values().forEach(DumpBuffer::close);
  }
}
