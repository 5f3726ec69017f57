package dev.breakwater.processor.stackwalk;

import dev.breakwater.common.queue.CrashQueues;
import dev.breakwater.minidump.symbols.SymbolSupplier;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hears of every symbol file the webapp stores ({@value CrashQueues#SYMBOL_UPLOADS}, a topic with a
 * non-durable subscription per processor) and makes this processor's symbol supplier forget the
 * module: without it, a module remembered as missing would stay unsymbolicated for the miss TTL
 * after its symbols were uploaded, also for crashes submitted or reprocessed after the upload.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(
          propertyName = "destination",
          propertyValue = CrashQueues.SYMBOL_UPLOADS),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(
          propertyName = "subscriptionDurability",
          propertyValue = "NonDurable"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
    })
public class SymbolUploadsListener implements MessageListener {
  private static final Logger LOG = Logger.getLogger(SymbolUploadsListener.class.getName());

  @Inject SymbolSupplier symbols;

  @Override
  public void onMessage(Message message) {
    String module;
    try {
      module = message instanceof TextMessage text ? text.getText() : null;
    } catch (JMSException e) {
      module = null;
    }
    int slash = module == null ? -1 : module.lastIndexOf('/');
    if (slash <= 0 || slash == module.length() - 1) {
      LOG.log(Level.WARNING, "ignoring a symbol upload announcement that names no module");
      return;
    }
    symbols.forget(module.substring(0, slash), module.substring(slash + 1));
    LOG.log(Level.INFO, "symbols of {0} were uploaded: forgot what was remembered of it", module);
  }
}
