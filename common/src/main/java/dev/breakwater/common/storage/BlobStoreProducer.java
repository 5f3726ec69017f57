package dev.breakwater.common.storage;

import dev.breakwater.common.config.ApplicationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * The one {@link BlobStore} of an application, for every component that bundles this library: the
 * collector, the processor and the webapp on Payara Micro each get their own, the EAR gets one for
 * all three (its lib/ is visible to every module, so a producer per module would be ambiguous).
 */
@ApplicationScoped
public class BlobStoreProducer {

  // Not injected: see ApplicationConfig.
  private final Config config = ApplicationConfig.of(BlobStoreProducer.class);

  @Produces
  @Singleton
  BlobStore blobStore() {
    return new S3BlobStore(S3Settings.from(config));
  }

  void close(@Disposes BlobStore store) {
    if (store instanceof S3BlobStore s3) {
      s3.close();
    }
  }
}
