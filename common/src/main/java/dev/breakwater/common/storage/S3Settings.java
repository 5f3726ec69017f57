package dev.breakwater.common.storage;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Connection settings for {@link S3BlobStore}. Each component fills this from its own configuration
 * (MicroProfile Config keys {@code breakwater.s3.*}).
 *
 * @param endpoint S3 endpoint; empty for AWS's regional endpoint
 * @param region signing region, e.g. {@code us-east-1}
 * @param bucket bucket name, checked by {@link BucketNames#requireValid(String)}
 * @param accessKey access key ID; empty to use the SDK's default credential chain, or the literal
 *     {@code anonymous} for unsigned requests (a local s3proxy without authorization)
 * @param secretKey secret access key (with {@code accessKey})
 * @param pathStyle address the bucket in the path rather than the host name (s3proxy, MinIO)
 * @param maxAttempts attempts per operation including the first, at least 1
 * @param callTimeout limit for one operation including its retries; writes get one more second per
 *     MiB
 * @param maxConnections size of the HTTP connection pool
 */
public record S3Settings(
    Optional<URI> endpoint,
    String region,
    String bucket,
    Optional<String> accessKey,
    Optional<String> secretKey,
    boolean pathStyle,
    int maxAttempts,
    Duration callTimeout,
    int maxConnections) {

  /** Access key value that selects unsigned requests. */
  public static final String ANONYMOUS = "anonymous";

  /**
   * The settings under {@code breakwater.s3.*} ({@link S3ConfigKeys}).
   *
   * @throws IllegalStateException naming the key family when a value is invalid
   */
  public static S3Settings from(Config config) {
    try {
      return new S3Settings(
          config.getOptionalValue(S3ConfigKeys.ENDPOINT, String.class).map(URI::create),
          config.getValue(S3ConfigKeys.REGION, String.class),
          config.getOptionalValue(S3ConfigKeys.BUCKET, String.class).orElse(""),
          config.getOptionalValue(S3ConfigKeys.ACCESS_KEY, String.class),
          config.getOptionalValue(S3ConfigKeys.SECRET_KEY, String.class),
          config.getValue(S3ConfigKeys.PATH_STYLE, Boolean.class),
          config.getValue(S3ConfigKeys.MAX_ATTEMPTS, Integer.class),
          Duration.ofMillis(config.getValue(S3ConfigKeys.CALL_TIMEOUT_MS, Long.class)),
          config.getValue(S3ConfigKeys.MAX_CONNECTIONS, Integer.class));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "invalid S3 configuration (breakwater.s3.*): " + e.getMessage(), e);
    }
  }

  public S3Settings {
    BucketNames.requireValid(bucket);
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be at least 1: " + maxConnections);
    }
    if (accessKey.isPresent() && !ANONYMOUS.equals(accessKey.get()) && secretKey.isEmpty()) {
      throw new IllegalArgumentException("an S3 access key needs its secret key");
    }
  }
}
