package dev.breakwater.webapp.config;

/**
 * Configuration keys of the webapp read in code, through MicroProfile Config. Defaults and their
 * descriptions are in {@code META-INF/microprofile-config.properties} (the source of
 * docs/configuration.md); environment variables (e.g. {@code
 * BREAKWATER_WEBAPP_SYMBOLS_UPLOAD_TOKENS}) and system properties override them.
 */
public final class WebappConfigKeys {

  private WebappConfigKeys() {}

  /**
   * Comma-separated tokens allowed to upload symbols; each entry is the token itself or {@code
   * sha256:<hex>}, the SHA-256 of the token. Empty (the default): symbol upload is disabled.
   */
  public static final String SYMBOLS_UPLOAD_TOKENS = "breakwater.webapp.symbols.upload-tokens";

  /** Largest symbol upload request body, bytes; larger answers 413. Default 2 GiB. */
  public static final String SYMBOLS_MAX_UPLOAD_BYTES =
      "breakwater.webapp.symbols.max-upload-bytes";

  /**
   * Largest total of an upload's files after unzipping, bytes (zip bombs); more answers 413.
   * Default 8 GiB.
   */
  public static final String SYMBOLS_MAX_UNCOMPRESSED_BYTES =
      "breakwater.webapp.symbols.max-uncompressed-bytes";

  /** Most files per upload, zip entries included; more answers 413. Default 10000. */
  public static final String SYMBOLS_MAX_FILES = "breakwater.webapp.symbols.max-files";

  /**
   * Directory where uploads are spooled while they are checked and stored (deleted afterwards);
   * needs room for the largest upload and its unzipped files. Empty: the JVM's temp directory.
   */
  public static final String SYMBOLS_SPOOL_DIRECTORY = "breakwater.webapp.symbols.spool-directory";

  /**
   * Directory of the signature lists the CrashSignature API uses; set it to the processor's {@code
   * breakwater.processor.signature.lists-directory} so both give the same signatures. Empty: the
   * lists built in.
   */
  public static final String SIGNATURE_LISTS_DIRECTORY =
      "breakwater.webapp.signature.lists-directory";

  /**
   * Longest a crash search may run, ms; a search that takes longer answers 400 "Search query timed
   * out". Default 10000.
   */
  public static final String SEARCH_TIMEOUT_MS = "breakwater.webapp.search.timeout-ms";
}
