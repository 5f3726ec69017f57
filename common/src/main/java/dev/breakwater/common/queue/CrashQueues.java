package dev.breakwater.common.queue;

/** Names of the Artemis queues (JMS queue names = Artemis anycast addresses). */
public final class CrashQueues {

  /** New crashes from the collector. */
  public static final String STANDARD = "crashes.standard";

  /** Crashes someone is looking at in the webapp before they were processed. */
  public static final String PRIORITY = "crashes.priority";

  /** Crashes to process again (admin, API, self-healing job). */
  public static final String REPROCESSING = "crashes.reprocessing";

  /**
   * Topic (a multicast address): the webapp announces each stored symbol file as {@code
   * <debug_file>/<debug_id>}, and every processor forgets what it remembered about that module (a
   * miss, a parsed file), so that a crash submitted or reprocessed after an upload uses it.
   */
  public static final String SYMBOL_UPLOADS = "symbols.uploaded";

  /**
   * JNDI name of a module's JMS connection factory through the Artemis resource adapter: the
   * processor (on its start-up bean) and the webapp (in its web.xml) each define it; the collector
   * publishes with its own client.
   */
  public static final String CONNECTION_FACTORY = "java:module/jms/BreakwaterConnectionFactory";

  private CrashQueues() {}
}
