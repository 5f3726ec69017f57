package dev.breakwater.common.storage;

/**
 * The S3 configuration keys every component reads (collector, processor, webapp). Their defaults
 * and descriptions for the docs are in each component's {@code microprofile-config.properties}.
 */
public final class S3ConfigKeys {

  private S3ConfigKeys() {}

  /** S3 endpoint URL; empty for AWS's regional endpoint. */
  public static final String ENDPOINT = "breakwater.s3.endpoint";

  /** S3 signing region. */
  public static final String REGION = "breakwater.s3.region";

  /** Bucket of crashes and symbols; DNS-compatible without periods. */
  public static final String BUCKET = "breakwater.s3.bucket";

  /**
   * S3 access key ID. Empty: the AWS default credential chain (environment, profile, instance
   * role); {@code anonymous}: unsigned requests (a local s3proxy without authorization).
   */
  public static final String ACCESS_KEY = "breakwater.s3.access-key";

  /** S3 secret access key, with {@link #ACCESS_KEY}. */
  public static final String SECRET_KEY = "breakwater.s3.secret-key";

  /** Path-style bucket addressing (s3proxy, MinIO). */
  public static final String PATH_STYLE = "breakwater.s3.path-style";

  /** Attempts per S3 operation, including the first. */
  public static final String MAX_ATTEMPTS = "breakwater.s3.max-attempts";

  /** Time limit of one S3 operation including retries, ms; writes get a second more per MiB. */
  public static final String CALL_TIMEOUT_MS = "breakwater.s3.call-timeout-ms";

  /** S3 HTTP connection pool size. */
  public static final String MAX_CONNECTIONS = "breakwater.s3.max-connections";
}
