package dev.breakwater.collector.payload;

/**
 * Why a crash report was refused as malformed. The response body is {@code
 * Discarded=malformed_<code>}, exactly as Antenna answers, so crash reporters and dashboards that
 * know Antenna's codes keep working.
 */
public enum MalformedReason {
  /** No {@code Content-Type} header. */
  NO_CONTENT_TYPE("no_content_type"),
  /** Not {@code multipart/form-data} or {@code multipart/mixed}. */
  WRONG_CONTENT_TYPE("wrong_content_type"),
  /** Multipart content type without a boundary parameter. */
  NO_BOUNDARY("no_boundary"),
  /** {@code Content-Length: 0} or an empty body. */
  NO_CONTENT_LENGTH("no_content_length"),
  /** {@code Content-Encoding: gzip} but the body is not valid gzip. */
  BAD_GZIP("bad_gzip"),
  /** The {@code application/json} annotations part does not parse. */
  INVALID_JSON("invalid_json"),
  /** The {@code application/json} annotations part is valid JSON but not an object. */
  INVALID_JSON_VALUE("invalid_json_value"),
  /** A text annotation value is not valid UTF-8. */
  INVALID_ANNOTATION_VALUE("invalid_annotation_value"),
  /** Broken multipart structure: boundaries, headers, truncation. */
  INVALID_PAYLOAD_STRUCTURE("invalid_payload_structure"),
  /** A dump part's name is empty after sanitizing or is reserved for storage. */
  INVALID_DUMP_NAME("invalid_dump_name"),
  /** No annotations at all. */
  NO_ANNOTATIONS("no_annotations"),
  /** Both a JSON annotations part and text annotation parts. */
  HAS_JSON_AND_KV("has_json_and_kv");

  private final String code;

  MalformedReason(String code) {
    this.code = code;
  }

  /** The code used in the response body and in metrics. */
  public String code() {
    return code;
  }
}
