package dev.breakwater.collector.publish;

import dev.breakwater.collector.config.ConfigKeys;
import dev.breakwater.common.storage.StorageException;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes outbox crashes in the background, on every collector instance (no coordination is
 * needed: publishing twice is harmless). Each tick drains until the outbox is empty or the broker
 * fails again.
 */
@ApplicationScoped
public class OutboxDrainer {

  private static final Logger LOG = Logger.getLogger(OutboxDrainer.class.getName());
  private static final int BATCH = 500;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = ConfigKeys.OUTBOX_DRAIN_SECONDS)
  long intervalSeconds;

  private ScheduledFuture<?> task;

  /** Starts the periodic drain (called once at application start). */
  public synchronized void start() {
    if (task == null) {
      task =
          scheduler.scheduleWithFixedDelay(
              this::drainQuietly, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }
  }

  /** Drains now; returns the number of crashes published. */
  public int drain() throws PublishException {
    int total = 0;
    int published;
    do {
      published = outbox.drain(BATCH);
      total += published;
    } while (published == BATCH);
    if (total > 0) {
      LOG.log(Level.INFO, "published {0} crashes from the outbox", total);
    }
    return total;
  }

  private void drainQuietly() {
    try {
      drain();
    } catch (PublishException | StorageException e) {
      LOG.log(Level.FINE, "outbox not drained: {0}", e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "outbox drain failed", e);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
      task = null;
    }
  }
}
