package dev.breakwater.processor.messaging;

import dev.breakwater.common.queue.CrashQueues;

/** The queues the processor consumes. */
public enum CrashQueue {
  STANDARD(CrashQueues.STANDARD),
  PRIORITY(CrashQueues.PRIORITY),
  REPROCESSING(CrashQueues.REPROCESSING);

  private final String queueName;

  CrashQueue(String queueName) {
    this.queueName = queueName;
  }

  public String queueName() {
    return queueName;
  }
}
