package dev.breakwater.webapp.config;

import dev.breakwater.common.storage.BlobStore;
import dev.breakwater.common.storage.S3BlobStore;
import dev.breakwater.common.storage.S3Settings;
import dev.breakwater.webapp.symbols.SymbolUpload;
import dev.breakwater.webapp.symbols.SymbolUploadLimits;
import dev.breakwater.webapp.symbols.SymbolUploadLog;
import dev.breakwater.webapp.symbols.SymbolUploadMetrics;
import dev.breakwater.webapp.symbols.UploadTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** Builds the webapp's objects from configuration; one instance of each per application. */
@ApplicationScoped
public class WebappBeans {

  @Inject Config config;

  @Inject MetricRegistry metrics;

  @Produces
  @Singleton
  BlobStore blobStore() {
    return new S3BlobStore(s3Settings());
  }

  void closeBlobStore(@Disposes BlobStore store) {
    if (store instanceof S3BlobStore s3) {
      s3.close();
    }
  }

  @Produces
  @Singleton
  SymbolUpload symbolUpload(BlobStore store) {
    UploadTokens tokens;
    try {
      tokens =
          UploadTokens.parse(
              config
                  .getOptionalValue(WebappConfigKeys.SYMBOLS_UPLOAD_TOKENS, String.class)
                  .orElse(""));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          WebappConfigKeys.SYMBOLS_UPLOAD_TOKENS + ": " + e.getMessage(), e);
    }
    SymbolUploadLimits limits =
        new SymbolUploadLimits(
            config.getValue(WebappConfigKeys.SYMBOLS_MAX_UPLOAD_BYTES, Long.class),
            config.getValue(WebappConfigKeys.SYMBOLS_MAX_UNCOMPRESSED_BYTES, Long.class),
            config.getValue(WebappConfigKeys.SYMBOLS_MAX_FILES, Integer.class));
    Path spool =
        Path.of(
            config
                .getOptionalValue(WebappConfigKeys.SYMBOLS_SPOOL_DIRECTORY, String.class)
                .orElse(System.getProperty("java.io.tmpdir")));
    return new SymbolUpload(
        tokens,
        limits,
        spool,
        store,
        List.of(new SymbolUploadMetrics(metrics), new SymbolUploadLog()));
  }

  private S3Settings s3Settings() {
    try {
      return new S3Settings(
          config.getOptionalValue(WebappConfigKeys.S3_ENDPOINT, String.class).map(URI::create),
          config.getValue(WebappConfigKeys.S3_REGION, String.class),
          config.getOptionalValue(WebappConfigKeys.S3_BUCKET, String.class).orElse(""),
          config.getOptionalValue(WebappConfigKeys.S3_ACCESS_KEY, String.class),
          config.getOptionalValue(WebappConfigKeys.S3_SECRET_KEY, String.class),
          config.getValue(WebappConfigKeys.S3_PATH_STYLE, Boolean.class),
          config.getValue(WebappConfigKeys.S3_MAX_ATTEMPTS, Integer.class),
          Duration.ofMillis(config.getValue(WebappConfigKeys.S3_CALL_TIMEOUT_MS, Long.class)),
          config.getValue(WebappConfigKeys.S3_MAX_CONNECTIONS, Integer.class));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "invalid S3 configuration (breakwater.s3.*): " + e.getMessage(), e);
    }
  }
}
