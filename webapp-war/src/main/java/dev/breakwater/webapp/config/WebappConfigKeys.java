package dev.breakwater.webapp.config;

/**
 * Configuration keys of the webapp read in code, through MicroProfile Config. Defaults and their
 * descriptions are in {@code META-INF/microprofile-config.properties} (the source of
 * docs/configuration.md); environment variables (e.g. {@code WEBAPP_SYMBOLS_UPLOAD_TOKENS}) and
 * system properties override them.
 */
public final class WebappConfigKeys {

  private WebappConfigKeys() {}

  /** S3 endpoint URL; empty for AWS's regional endpoint. Default {@code http://127.0.0.1:9000}. */
  public static final String S3_ENDPOINT = "breakwater.s3.endpoint";

  /** S3 signing region. Default {@code us-east-1}. */
  public static final String S3_REGION = "breakwater.s3.region";

  /** Bucket of crashes and symbols; DNS-compatible without periods. Default {@code breakwater}. */
  public static final String S3_BUCKET = "breakwater.s3.bucket";

  /**
   * S3 access key ID. Empty: the AWS default credential chain; {@code anonymous}: unsigned
   * requests. Symbol upload needs write access to the bucket's {@code symbols/} prefix.
   */
  public static final String S3_ACCESS_KEY = "breakwater.s3.access-key";

  /** S3 secret access key, with {@link #S3_ACCESS_KEY}. */
  public static final String S3_SECRET_KEY = "breakwater.s3.secret-key";

  /** Path-style bucket addressing (s3proxy, MinIO). Default {@code true}. */
  public static final String S3_PATH_STYLE = "breakwater.s3.path-style";

  /** Attempts per S3 operation, including the first. Default 3. */
  public static final String S3_MAX_ATTEMPTS = "breakwater.s3.max-attempts";

  /**
   * Time limit of one S3 operation including retries, milliseconds; writes get one more second per
   * MiB. Default 30000.
   */
  public static final String S3_CALL_TIMEOUT_MS = "breakwater.s3.call-timeout-ms";

  /** S3 HTTP connection pool size. Default 20. */
  public static final String S3_MAX_CONNECTIONS = "breakwater.s3.max-connections";

  /**
   * Comma-separated tokens allowed to upload symbols; each entry is the token itself or {@code
   * sha256:<hex>}, the SHA-256 of the token. Empty (the default): symbol upload is disabled.
   */
  public static final String SYMBOLS_UPLOAD_TOKENS = "webapp.symbols.upload-tokens";

  /** Largest symbol upload request body, bytes; larger answers 413. Default 2 GiB. */
  public static final String SYMBOLS_MAX_UPLOAD_BYTES = "webapp.symbols.max-upload-bytes";

  /**
   * Largest total of an upload's files after unzipping, bytes (zip bombs); more answers 413.
   * Default 8 GiB.
   */
  public static final String SYMBOLS_MAX_UNCOMPRESSED_BYTES =
      "webapp.symbols.max-uncompressed-bytes";

  /** Most files per upload, zip entries included; more answers 413. Default 10000. */
  public static final String SYMBOLS_MAX_FILES = "webapp.symbols.max-files";

  /**
   * Directory where uploads are spooled while they are checked and stored (deleted afterwards);
   * needs room for the largest upload and its unzipped files. Empty: the JVM's temp directory.
   */
  public static final String SYMBOLS_SPOOL_DIRECTORY = "webapp.symbols.spool-directory";
}
