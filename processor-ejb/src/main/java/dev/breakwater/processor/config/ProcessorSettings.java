package dev.breakwater.processor.config;

import dev.breakwater.minidump.symbols.SymbolSupplier;
import dev.breakwater.minidump.symbols.supply.SymbolDownloader;
import dev.breakwater.minidump.symbols.supply.SymbolSuppliers;
import dev.breakwater.processor.stackwalk.StackWalkBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Reads the processor's settings from MicroProfile Config (keys in {@link ProcessorConfigKeys}).
 */
final class ProcessorSettings {
  private ProcessorSettings() {}

  static StackWalkBudget stackWalkBudget(Config config) {
    return new StackWalkBudget(
        Duration.ofMillis(config.getValue(ProcessorConfigKeys.STACKWALK_TIMEOUT_MS, Long.class)),
        config.getValue(ProcessorConfigKeys.STACKWALK_MEMORY_BYTES, Long.class));
  }

  /** Local directories, then the bucket's symbols/ prefix, then symbol servers. */
  static SymbolSupplier symbols(Config config, SymbolDownloader bucket) {
    SymbolSuppliers.Builder builder =
        SymbolSuppliers.builder()
            .cacheDirectory(
                directory(
                    config, ProcessorConfigKeys.SYMBOLS_CACHE_DIRECTORY, "breakwater-symbols"))
            .cacheMaxBytes(config.getValue(ProcessorConfigKeys.SYMBOLS_CACHE_BYTES, Long.class))
            .memoryMaxBytes(config.getValue(ProcessorConfigKeys.SYMBOLS_MEMORY_BYTES, Long.class))
            .missTtl(
                Duration.ofSeconds(
                    config.getValue(ProcessorConfigKeys.SYMBOLS_MISS_TTL_SECONDS, Long.class)));
    list(config, ProcessorConfigKeys.SYMBOLS_PATHS).forEach(p -> builder.localRoot(Path.of(p)));
    builder.downloader(bucket);
    list(config, ProcessorConfigKeys.SYMBOLS_URLS)
        .forEach(u -> builder.server(URI.create(u), null));
    try {
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set up the symbol cache", e);
    }
  }

  static Path workDirectory(Config config) {
    return directory(config, ProcessorConfigKeys.WORK_DIRECTORY, "");
  }

  static Optional<Path> signatureLists(Config config) {
    return config
        .getOptionalValue(ProcessorConfigKeys.SIGNATURE_LISTS_DIRECTORY, String.class)
        .map(Path::of);
  }

  static String hostname(Config config) {
    return config
        .getOptionalValue(ProcessorConfigKeys.HOSTNAME, String.class)
        .orElseGet(
            () -> {
              try {
                return InetAddress.getLocalHost().getHostName();
              } catch (UnknownHostException e) {
                return "processor";
              }
            });
  }

  private static Path directory(Config config, String key, String underTmp) {
    return config
        .getOptionalValue(key, String.class)
        .map(Path::of)
        .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), underTmp));
  }

  private static List<String> list(Config config, String key) {
    return config
        .getOptionalValue(key, String.class)
        .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of());
  }
}
