package dev.breakwater.collector.testing;

import dev.breakwater.collector.publish.CrashPublisher;
import dev.breakwater.collector.publish.PublishException;
import java.util.ArrayList;
import java.util.List;

/** Keeps published messages in memory; can be switched to failing like an absent broker. */
public final class RecordingPublisher implements CrashPublisher {

  /** A published message. */
  public record Message(String queue, String body) {}

  private final List<Message> messages = new ArrayList<>();
  private boolean failing;

  public synchronized void setFailing(boolean fail) {
    failing = fail;
  }

  public synchronized List<Message> messages() {
    return List.copyOf(messages);
  }

  @Override
  public synchronized void publish(String queue, String body) throws PublishException {
    checkReachable();
    messages.add(new Message(queue, body));
  }

  @Override
  public synchronized void checkReachable() throws PublishException {
    if (failing) {
      throw new PublishException("broker unreachable (simulated)");
    }
  }
}
