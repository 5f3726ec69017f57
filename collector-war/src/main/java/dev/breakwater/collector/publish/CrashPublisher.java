package dev.breakwater.collector.publish;

/**
 * Puts crash IDs on the crash queues. The JMS implementation talks to Artemis; tests use one in
 * memory.
 */
public interface CrashPublisher {

  /**
   * Sends a persistent message and returns once the broker has it.
   *
   * @param queue a queue name from {@code CrashQueues}
   * @param body the message body ({@code QueueMessage#body()})
   * @throws PublishException if the broker did not confirm the message
   */
  void publish(String queue, String body) throws PublishException;

  /**
   * Whether the broker can be reached now; may try to connect.
   *
   * @throws PublishException describing why not
   */
  void checkReachable() throws PublishException;
}
