package dev.breakwater.webapp.symbols;

import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Symbol upload metrics, served by the server's MicroProfile Metrics endpoint ({@code /metrics},
 * application scope). Every outcome is registered at startup so that it shows as 0 before it first
 * happens.
 */
public final class SymbolUploadMetrics implements SymbolUploadListener {

  /** Counter {@code webapp_symbol_uploads_total{outcome}}: upload requests by outcome. */
  public static final String UPLOADS = "webapp_symbol_uploads";

  /** Counter {@code webapp_symbol_files_stored_total}: symbol files stored. */
  public static final String FILES = "webapp_symbol_files_stored";

  /** Counter {@code webapp_symbol_stored_bytes_total}: bytes of symbol files stored. */
  public static final String BYTES = "webapp_symbol_stored_bytes";

  private final Map<UploadOutcome, Counter> outcomes = new EnumMap<>(UploadOutcome.class);
  private final Counter files;
  private final Counter bytes;

  public SymbolUploadMetrics(MetricRegistry registry) {
    for (UploadOutcome outcome : UploadOutcome.values()) {
      outcomes.put(
          outcome,
          registry.counter(
              meta(UPLOADS, "Symbol upload requests by outcome"),
              new Tag("outcome", outcome.code())));
    }
    files = registry.counter(meta(FILES, "Symbol files stored"));
    bytes = registry.counter(meta(BYTES, "Bytes of symbol files stored"));
  }

  private static Metadata meta(String name, String description) {
    return Metadata.builder()
        .withName(name)
        .withDescription(description)
        .withUnit(MetricUnits.NONE)
        .build();
  }

  @Override
  public void stored(StoredSymbol symbol, String uploader) {
    files.inc();
    bytes.inc(symbol.size());
  }

  @Override
  public void finished(UploadResult result, String uploader) {
    outcomes.get(result.outcome()).inc();
  }
}
