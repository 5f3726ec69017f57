package dev.breakwater.common.queue;

/** Names of the Artemis queues (JMS queue names = Artemis anycast addresses). */
public final class CrashQueues {

  /** New crashes from the collector. */
  public static final String STANDARD = "crashes.standard";

  /** Crashes someone is looking at in the webapp before they were processed. */
  public static final String PRIORITY = "crashes.priority";

  /** Crashes to process again (admin, API, self-healing job). */
  public static final String REPROCESSING = "crashes.reprocessing";

  private CrashQueues() {}
}
