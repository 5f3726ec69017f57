package dev.breakwater.webapp.symbols;

import dev.breakwater.common.queue.CrashQueues;
import dev.breakwater.webapp.messaging.BrokerMessages;
import jakarta.jms.JMSRuntimeException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Announces each stored symbol file on {@value CrashQueues#SYMBOL_UPLOADS} as {@code
 * <debug_file>/<debug_id>}, so that every processor forgets its miss for the module at once instead
 * of after its miss TTL. An announcement that cannot be sent costs only that wait: the file is
 * stored, and the upload succeeds.
 */
public final class SymbolUploadAnnouncer implements SymbolUploadListener {
  private static final Logger LOG = Logger.getLogger(SymbolUploadAnnouncer.class.getName());

  private final BrokerMessages messages;

  public SymbolUploadAnnouncer(BrokerMessages messages) {
    this.messages = messages;
  }

  @Override
  public void stored(StoredSymbol symbol, String uploader) {
    String module = symbol.debugFile() + "/" + symbol.debugId();
    try {
      messages.toTopic(CrashQueues.SYMBOL_UPLOADS, module);
    } catch (JMSRuntimeException e) {
      LOG.log(
          Level.WARNING,
          "could not announce the symbols of "
              + module
              + "; processors use them once their miss cache expires: "
              + e);
    }
  }

  @Override
  public void finished(UploadResult result, String uploader) {}
}
