package dev.breakwater.webapp.symbols;

import java.util.Locale;

/** What became of one upload request; the {@code outcome} of logs and metrics. */
public enum UploadOutcome {
  /** Every file stored (201). */
  STORED(201),
  /** Some file is not a valid symbol file; nothing stored (400). */
  REJECTED(400),
  /** Not an upload: broken multipart, no files, unreadable body (400). */
  MALFORMED(400),
  /** No token, or one that is not configured (401). */
  UNAUTHORIZED(401),
  /** No upload token configured at all (403). */
  DISABLED(403),
  /** Over a size or file-count limit (413). */
  TOO_LARGE(413),
  /** The bucket refused or could not be reached (503; the client may retry). */
  STORAGE_ERROR(503);

  private final int status;

  UploadOutcome(int status) {
    this.status = status;
  }

  /** The HTTP status answered. */
  public int status() {
    return status;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
