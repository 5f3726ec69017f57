package dev.breakwater.webapp.messaging;

/**
 * One crash queue in JMX ({@code dev.breakwater:type=Queue,name=<queue>}): its depth, and pausing
 * and resuming its delivery to the processors (in the broker, so for every processor at once).
 */
public interface QueueMXBean {

  String getName();

  /** Messages waiting on the queue. */
  long getDepth();

  boolean isPaused();

  void pause();

  void resume();
}
