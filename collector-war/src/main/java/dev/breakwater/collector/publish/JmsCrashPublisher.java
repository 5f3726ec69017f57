package dev.breakwater.collector.publish;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes over one long-lived JMS connection with a pool of sessions (a JMS session is
 * single-threaded; creating one per message costs a broker round trip). Messages are persistent and
 * sent synchronously, so a returned {@link #publish} means the broker has stored the message.
 *
 * <p>When the connection breaks, the next publish reconnects; while the broker stays away, attempts
 * are spaced by {@code retryInterval} so that requests fail fast (into the outbox) instead of each
 * waiting for a connect timeout.
 */
public final class JmsCrashPublisher implements CrashPublisher, AutoCloseable {

  private static final Logger LOG = Logger.getLogger(JmsCrashPublisher.class.getName());

  private final ConnectionFactory factory;
  private final Duration retryInterval;
  private final Clock clock;
  private final BlockingQueue<Sender> idle;
  private Connection connection;
  private long generation;
  private Instant nextAttempt = Instant.MIN;

  public JmsCrashPublisher(
      ConnectionFactory factory, int poolSize, Duration retryInterval, Clock clock) {
    this.factory = factory;
    this.retryInterval = retryInterval;
    this.clock = clock;
    this.idle = new ArrayBlockingQueue<>(poolSize);
  }

  @Override
  public void publish(String queue, String body) throws PublishException {
    Sender sender = borrow();
    try {
      sender.producer.send(
          sender.session.createQueue(queue),
          sender.session.createTextMessage(body),
          DeliveryMode.PERSISTENT,
          4,
          0);
    } catch (JMSException | RuntimeException e) {
      sender.close();
      throw new PublishException("publishing to " + queue + " failed: " + e.getMessage(), e);
    }
    giveBack(sender);
  }

  @Override
  public void checkReachable() throws PublishException {
    giveBack(borrow());
  }

  private Sender borrow() throws PublishException {
    Sender sender;
    while ((sender = idle.poll()) != null) {
      if (sender.generation == currentGeneration()) {
        return sender;
      }
      sender.close();
    }
    return newSender();
  }

  private void giveBack(Sender sender) {
    if (sender.generation != currentGeneration() || !idle.offer(sender)) {
      sender.close();
    }
  }

  private synchronized long currentGeneration() {
    return generation;
  }

  private synchronized Sender newSender() throws PublishException {
    Connection current = connect();
    try {
      Session session = current.createSession(false, Session.AUTO_ACKNOWLEDGE);
      MessageProducer producer = session.createProducer(null);
      return new Sender(session, producer, generation);
    } catch (JMSException | RuntimeException e) {
      dropConnection(current);
      throw new PublishException("opening a JMS session failed: " + e.getMessage(), e);
    }
  }

  private Connection connect() throws PublishException {
    if (connection != null) {
      return connection;
    }
    Instant now = clock.instant();
    if (now.isBefore(nextAttempt)) {
      throw new PublishException("broker unreachable; next connection attempt at " + nextAttempt);
    }
    try {
      Connection fresh = factory.createConnection();
      fresh.setExceptionListener(e -> onConnectionFailure(fresh, e));
      fresh.start();
      connection = fresh;
      generation++;
      LOG.info("connected to the message broker");
      return fresh;
    } catch (JMSException | RuntimeException e) {
      nextAttempt = now.plus(retryInterval);
      throw new PublishException("connecting to the message broker failed: " + e.getMessage(), e);
    }
  }

  private void onConnectionFailure(Connection failed, JMSException e) {
    LOG.log(Level.WARNING, "message broker connection failed: {0}", e.getMessage());
    dropConnection(failed);
  }

  private synchronized void dropConnection(Connection failed) {
    if (connection == failed) {
      connection = null;
      generation++;
      closeQuietly(failed);
    }
  }

  @Override
  public synchronized void close() {
    Sender sender;
    while ((sender = idle.poll()) != null) {
      sender.close();
    }
    if (connection != null) {
      closeQuietly(connection);
      connection = null;
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (JMSException | RuntimeException e) {
      LOG.log(Level.FINE, "closing a broken connection", e);
    }
  }

  private record Sender(Session session, MessageProducer producer, long generation) {
    void close() {
      try {
        session.close();
      } catch (JMSException | RuntimeException e) {
        LOG.log(Level.FINE, "closing a session", e);
      }
    }
  }
}
