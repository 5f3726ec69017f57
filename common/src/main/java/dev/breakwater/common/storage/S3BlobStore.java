package dev.breakwater.common.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** {@link BlobStore} on S3 or any S3-compatible service, through aws-sdk-java-v2. */
public final class S3BlobStore implements BlobStore, AutoCloseable {

  private static final String OCTET_STREAM = "application/octet-stream";

  /** Extra time a write may take per MiB: a large dump on a busy link must not time out. */
  private static final Duration PER_MIB = Duration.ofSeconds(1);

  private final S3Client client;
  private final String bucket;
  private final Duration callTimeout;

  public S3BlobStore(S3Settings settings) {
    this.client = buildClient(settings);
    this.bucket = settings.bucket();
    this.callTimeout = settings.callTimeout();
  }

  private static S3Client buildClient(S3Settings settings) {
    S3ClientBuilder builder =
        S3Client.builder()
            .region(Region.of(settings.region()))
            .credentialsProvider(credentials(settings))
            .forcePathStyle(settings.pathStyle())
            // Flexible checksums (on by default since SDK 2.30) cost a second pass over every
            // dump and are not understood by every S3-compatible server; S3 needs them only for
            // a few operations, which the SDK still covers with WHEN_REQUIRED.
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            // The HTTP client would add Expect: 100-continue to every body; the S3 client's own
            // header on uploads is kept for large bodies only (NoContinueForSmallWrites).
            .httpClientBuilder(
                ApacheHttpClient.builder()
                    .maxConnections(settings.maxConnections())
                    .expectContinueEnabled(false))
            .overrideConfiguration(
                ClientOverrideConfiguration.builder()
                    .addExecutionInterceptor(new NoContinueForSmallWrites())
                    .apiCallTimeout(settings.callTimeout())
                    .retryStrategy(
                        AwsRetryStrategy.standardRetryStrategy().toBuilder()
                            .maxAttempts(settings.maxAttempts())
                            .build())
                    .build());
    settings.endpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  private static AwsCredentialsProvider credentials(S3Settings settings) {
    if (settings.accessKey().isEmpty()) {
      return DefaultCredentialsProvider.builder().build();
    }
    if (S3Settings.ANONYMOUS.equals(settings.accessKey().get())) {
      return AnonymousCredentialsProvider.create();
    }
    return StaticCredentialsProvider.create(
        AwsBasicCredentials.create(settings.accessKey().get(), settings.secretKey().orElseThrow()));
  }

  @Override
  public void put(String key, BlobSource content) {
    RequestBody body =
        RequestBody.fromContentProvider(() -> reopen(content), content.length(), OCTET_STREAM);
    Duration timeout = callTimeout.plus(PER_MIB.multipliedBy(content.length() >> 20));
    try {
      client.putObject(
          b -> b.bucket(bucket).key(key).overrideConfiguration(o -> o.apiCallTimeout(timeout)),
          body);
    } catch (SdkException | UncheckedIOException e) {
      throw new StorageException("writing " + key + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void put(String key, byte[] content) {
    try {
      client.putObject(
          b -> b.bucket(bucket).key(key),
          RequestBody.fromContentProvider(
              () -> SdkBytes.fromByteArrayUnsafe(content).asInputStream(),
              content.length,
              OCTET_STREAM));
    } catch (SdkException e) {
      throw new StorageException("writing " + key + " failed: " + e.getMessage(), e);
    }
  }

  private static InputStream reopen(BlobSource content) {
    try {
      return content.open();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<InputStream> open(String key) {
    try {
      return Optional.of(client.getObject(b -> b.bucket(bucket).key(key)));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (SdkException e) {
      throw new StorageException("reading " + key + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean exists(String key) {
    try {
      client.headObject(b -> b.bucket(bucket).key(key));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw new StorageException("checking " + key + " failed: " + e.getMessage(), e);
    } catch (SdkException e) {
      throw new StorageException("checking " + key + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void delete(String key) {
    try {
      client.deleteObject(b -> b.bucket(bucket).key(key));
    } catch (SdkException e) {
      throw new StorageException("deleting " + key + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public List<String> list(String prefix, int limit) {
    return keys(prefix, null, limit);
  }

  @Override
  public List<String> listAfter(String prefix, String startAfter, int limit) {
    return keys(prefix, startAfter.isEmpty() ? null : startAfter, limit);
  }

  private List<String> keys(String prefix, String startAfter, int limit) {
    try {
      return client
          .listObjectsV2(b -> b.bucket(bucket).prefix(prefix).startAfter(startAfter).maxKeys(limit))
          .contents()
          .stream()
          .map(S3Object::key)
          .toList();
    } catch (SdkException e) {
      throw new StorageException("listing " + prefix + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
