package dev.breakwater.webapp.config;

import dev.breakwater.common.config.ApplicationConfig;
import dev.breakwater.common.storage.BlobStore;
import dev.breakwater.crash.access.CrashRedactor;
import dev.breakwater.crash.schema.ProcessedCrashSchema;
import dev.breakwater.crash.search.SearchFields;
import dev.breakwater.crash.storage.StoredCrashes;
import dev.breakwater.signature.SignatureGenerator;
import dev.breakwater.webapp.messaging.BrokerMessages;
import dev.breakwater.webapp.symbols.SymbolUpload;
import dev.breakwater.webapp.symbols.SymbolUploadAnnouncer;
import dev.breakwater.webapp.symbols.SymbolUploadLimits;
import dev.breakwater.webapp.symbols.SymbolUploadLog;
import dev.breakwater.webapp.symbols.SymbolUploadMetrics;
import dev.breakwater.webapp.symbols.UploadTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** Builds the webapp's objects from configuration; one instance of each per application. */
@ApplicationScoped
public class WebappBeans {

  // Not injected: see ApplicationConfig.
  private final Config config = ApplicationConfig.of(WebappBeans.class);

  @Inject MetricRegistry metrics;

  @Inject BrokerMessages messages;

  @Produces
  @Singleton
  StoredCrashes storedCrashes(BlobStore store) {
    return new StoredCrashes(store);
  }

  @Produces
  @Singleton
  SearchFields searchFields() {
    return SearchFields.load();
  }

  @Produces
  @Singleton
  CrashRedactor crashRedactor(SearchFields fields) {
    return new CrashRedactor(ProcessedCrashSchema.load(), fields);
  }

  /**
   * The signature generation of the CrashSignature API, with the processor's lists: the directory
   * of {@code breakwater.webapp.signature.lists-directory}, or the lists built in.
   */
  @Produces
  @Singleton
  SignatureGenerator signatureGenerator() {
    return config
        .getOptionalValue(WebappConfigKeys.SIGNATURE_LISTS_DIRECTORY, String.class)
        .map(Path::of)
        .map(SignatureGenerator::new)
        .orElseGet(SignatureGenerator::new);
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
        List.of(
            new SymbolUploadMetrics(metrics),
            new SymbolUploadLog(),
            new SymbolUploadAnnouncer(messages)));
  }
}
