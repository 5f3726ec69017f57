package dev.breakwater.webapp.symbols;

import dev.breakwater.webapp.log.WebappLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One JSON log line per stored symbol file (debug file, debug id, key, size, uploader's token
 * fingerprint) and one per refused upload, so that operators can tell who uploaded what.
 */
public final class SymbolUploadLog implements SymbolUploadListener {

  /** Logger of the symbol upload lines (under {@link WebappLog#ROOT}). */
  public static final String LOGGER = "dev.breakwater.webapp.symbols";

  private static final Logger LOG = Logger.getLogger(LOGGER);

  @Override
  public void stored(StoredSymbol symbol, String uploader) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("outcome", UploadOutcome.STORED.code());
    fields.put("debug_file", symbol.debugFile());
    fields.put("debug_id", symbol.debugId());
    fields.put("key", symbol.key());
    fields.put("size", symbol.size());
    fields.put("file", symbol.file());
    fields.put("uploader", uploader);
    WebappLog.event(LOG, Level.INFO, "symbol file stored", fields);
  }

  @Override
  public void finished(UploadResult result, String uploader) {
    if (result.outcome() == UploadOutcome.STORED) {
      return;
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("outcome", result.outcome().code());
    fields.put("reason", result.message());
    if (result.limit() != null) {
      fields.put("limit", result.limit().code());
    }
    if (!result.rejected().isEmpty()) {
      fields.put("rejected", result.rejected().size());
    }
    if (uploader != null) {
      fields.put("uploader", uploader);
    }
    Level level = result.outcome() == UploadOutcome.STORAGE_ERROR ? Level.WARNING : Level.INFO;
    WebappLog.event(LOG, level, "symbol upload refused", fields);
  }
}
