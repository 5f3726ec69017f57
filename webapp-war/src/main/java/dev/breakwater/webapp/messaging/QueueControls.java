package dev.breakwater.webapp.messaging;

import dev.breakwater.common.queue.CrashQueues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What administrators do with the crash queues, for the admin pages ({@code #{queueControls}}) and
 * the MBeans: depths, pausing and resuming delivery, and the dead-letter queue's messages with
 * requeue and delete. Pausing is the broker's: every processor stops receiving from that queue at
 * once, and messages wait on it.
 */
@ApplicationScoped
@Named
public class QueueControls {

  /** Where the broker moves messages the processor gave up on. */
  public static final String DEAD_LETTERS = "crashes.dlq";

  /** The queues the admin pages show, in order. */
  public static final List<String> QUEUES =
      List.of(CrashQueues.STANDARD, CrashQueues.PRIORITY, CrashQueues.REPROCESSING, DEAD_LETTERS);

  /** Most dead letters one call lists. */
  static final int MAX_LISTED = 1000;

  @Inject BrokerMessages broker;

  /** Messages waiting on {@code queue} (delivered but unacknowledged ones included). */
  public long depth(String queue) {
    return ((Number) broker.manage(resource(queue), "messageCount", true)).longValue();
  }

  public boolean paused(String queue) {
    return Boolean.TRUE.equals(broker.manage(resource(queue), "paused", true));
  }

  /** Stops delivery from {@code queue} to every consumer until {@link #resume}. */
  public void pause(String queue) {
    broker.manage(resource(queue), "pause", false);
  }

  public void resume(String queue) {
    broker.manage(resource(queue), "resume", false);
  }

  /**
   * Up to {@code limit} dead letters, oldest first: the broker's message ID (for {@link #requeue}
   * and {@link #delete}), the body (a crash ID), and its properties (the processor's {@code
   * breakwater_reason}, {@code breakwater_crash_id}, the broker's {@code _AMQ_ORIG_QUEUE}).
   */
  public List<Map<String, Object>> deadLetters(int limit) {
    Object[] messages = (Object[]) broker.manage(resource(DEAD_LETTERS), "listMessages", false, "");
    List<Map<String, Object>> listed = new ArrayList<>();
    for (int i = 0; i < messages.length && listed.size() < Math.min(limit, MAX_LISTED); i++) {
      @SuppressWarnings("unchecked")
      Map<String, Object> message = (Map<String, Object>) messages[i];
      listed.add(message);
    }
    return listed;
  }

  /**
   * Moves a dead letter back to the queue it came from.
   *
   * @return whether there was such a message
   */
  public boolean requeue(long messageId) {
    return Boolean.TRUE.equals(
        broker.manage(resource(DEAD_LETTERS), "retryMessage", false, messageId));
  }

  /**
   * Deletes a dead letter.
   *
   * @return whether there was such a message
   */
  public boolean delete(long messageId) {
    return Boolean.TRUE.equals(
        broker.manage(resource(DEAD_LETTERS), "removeMessage", false, messageId));
  }

  private static String resource(String queue) {
    if (!QUEUES.contains(queue)) {
      throw new IllegalArgumentException("not a crash queue: '" + queue + "'");
    }
    return "queue." + queue;
  }
}
