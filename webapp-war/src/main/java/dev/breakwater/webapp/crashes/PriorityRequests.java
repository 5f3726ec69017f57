package dev.breakwater.webapp.crashes;

import dev.breakwater.common.queue.CrashQueues;
import dev.breakwater.webapp.messaging.BrokerMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSRuntimeException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Someone asked for a crash that is stored but not processed yet: it goes to {@code
 * crashes.priority}, ahead of the standard queue, at most once a minute per crash (as Socorro), so
 * a page that refreshes itself does not flood the queue.
 */
@ApplicationScoped
public class PriorityRequests {
  private static final Logger LOG = Logger.getLogger(PriorityRequests.class.getName());
  private static final Duration AGAIN_AFTER = Duration.ofMinutes(1);
  private static final int REMEMBERED = 10_000;

  @Inject BrokerMessages messages;

  private final Clock clock = Clock.systemUTC();

  private final Map<String, Long> lastRequested =
      new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
          return size() > REMEMBERED;
        }
      };

  /** Queues {@code crashId} for priority processing unless that was done in the last minute. */
  public void request(String crashId) {
    long now = clock.millis();
    synchronized (lastRequested) {
      Long last = lastRequested.get(crashId);
      if (last != null && now - last < AGAIN_AFTER.toMillis()) {
        return;
      }
      lastRequested.put(crashId, now);
    }
    try {
      messages.toQueue(CrashQueues.PRIORITY, List.of(crashId));
    } catch (JMSRuntimeException e) {
      // The crash stays on the standard queue; asking again later retries.
      synchronized (lastRequested) {
        lastRequested.remove(crashId);
      }
      LOG.log(Level.WARNING, "could not queue crash " + crashId + " for priority processing: " + e);
    }
  }
}
