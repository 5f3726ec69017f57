package dev.breakwater.collector.config;

/**
 * Every configuration key of the collector, read through MicroProfile Config. Defaults are in
 * {@code META-INF/microprofile-config.properties}; environment variables (ordinal 300, e.g. {@code
 * BREAKWATER_S3_BUCKET}) and system properties (400) override them.
 */
public final class ConfigKeys {

  private ConfigKeys() {}

  /** Artemis broker host, shared with the resource adapter. Default {@code 127.0.0.1}. */
  public static final String BROKER_HOST = "breakwater.broker.host";

  /** Artemis broker port (core protocol), shared with the resource adapter. Default 61616. */
  public static final String BROKER_PORT = "breakwater.broker.port";

  /**
   * Artemis client URL options of the collector's publisher, as {@code k=v&k=v}: how long a send
   * may wait for the broker, how long a connection attempt may take. Default {@code
   * callTimeout=5000&connectTimeoutMillis=2000}.
   */
  public static final String BROKER_CLIENT_OPTIONS = "breakwater.collector.broker.client-options";

  /** Broker user; empty for none. */
  public static final String BROKER_USER = "breakwater.broker.user";

  /** Broker password. */
  public static final String BROKER_PASSWORD = "breakwater.broker.password";

  /** JMS sessions kept open for publishing. Default 64. */
  public static final String BROKER_SESSIONS = "breakwater.collector.broker.sessions";

  /** Milliseconds between connection attempts while the broker is away. Default 1000. */
  public static final String BROKER_RETRY_MS = "breakwater.collector.broker.retry-interval-ms";

  /** Largest request body as sent, bytes; larger answers 413. Default 26214400 (25 MiB). */
  public static final String MAX_REQUEST_BYTES = "breakwater.collector.max-request-bytes";

  /**
   * Largest body after gzip decompression, bytes (gzip bombs); larger answers 413. Default
   * 104857600 (100 MiB).
   */
  public static final String MAX_DECOMPRESSED_BYTES = "breakwater.collector.max-decompressed-bytes";

  /** Most multipart parts per request; more answers 413. Default 4096. */
  public static final String MAX_PARTS = "breakwater.collector.max-parts";

  /** Most annotations per crash report; more answers 413. Default 2048. */
  public static final String MAX_ANNOTATIONS = "breakwater.collector.max-annotations";

  /** Most bytes of all annotation values together; more answers 413. Default 8388608 (8 MiB). */
  public static final String MAX_ANNOTATION_BYTES = "breakwater.collector.max-annotation-bytes";

  /**
   * Dump bytes per request held in memory; beyond this a request's dumps are spooled to {@link
   * #SPOOL_DIRECTORY}. Bounds heap use: concurrent requests × this value. Default 2097152 (2 MiB).
   */
  public static final String DUMP_MEMORY_BYTES = "breakwater.collector.dump-memory-bytes";

  /** Directory for spooled dumps (deleted after each request). Default: the JVM's temp dir. */
  public static final String SPOOL_DIRECTORY = "breakwater.collector.spool-directory";

  /**
   * Throttle rules file (YAML, see {@code config/throttle/README.md}). Empty: the default rule set
   * built into the WAR.
   */
  public static final String THROTTLE_RULES_FILE = "breakwater.collector.throttle.rules-file";

  /**
   * Comma-separated annotations removed before storage, each noted in {@code
   * metadata.collector_notes}. Default {@code
   * TelemetryClientId,TelemetryServerURL,TelemetrySessionId}.
   */
  public static final String REMOVED_ANNOTATIONS = "breakwater.collector.removed-annotations";

  /** Seconds between outbox drains. Default 10. */
  public static final String OUTBOX_DRAIN_SECONDS =
      "breakwater.collector.outbox.drain-interval-seconds";

  /** Write one JSON log line per submission to standard output. Default {@code true}. */
  public static final String CRASH_LOG = "breakwater.collector.log.submissions";
}
