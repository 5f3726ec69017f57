package dev.breakwater.webapp.symbols;

import java.util.Locale;

/** Which bound of {@link SymbolUploadLimits} an upload exceeded. */
public enum UploadLimit {
  UPLOAD_BYTES,
  UNCOMPRESSED_BYTES,
  FILES;

  /** The name in answers, logs and metrics. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
