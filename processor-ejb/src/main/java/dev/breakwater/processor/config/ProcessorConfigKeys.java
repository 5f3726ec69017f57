package dev.breakwater.processor.config;

/**
 * Every configuration key of the processor's crash processing, read through MicroProfile Config.
 * Defaults are in {@code META-INF/microprofile-config.properties}; environment variables (ordinal
 * 300, e.g. {@code BREAKWATER_PROCESSOR_STACKWALK_TIMEOUT_MS}) and system properties (400) override
 * them. The shared S3 and Elasticsearch keys are declared with their readers, {@code S3Settings}
 * and {@code ElasticsearchSettings}.
 */
public final class ProcessorConfigKeys {
  private ProcessorConfigKeys() {}

  /** Name of this processor in processor notes. Default: empty, meaning the host name. */
  public static final String HOSTNAME = "breakwater.processor.hostname";

  /**
   * Directory where each crash's dumps are fetched while it is processed (deleted afterwards).
   * Default: empty, meaning {@code java.io.tmpdir}.
   */
  public static final String WORK_DIRECTORY = "breakwater.processor.work-directory";

  /**
   * Wall-time budget of one minidump's stack walk, symbol loading included, in milliseconds. A walk
   * over budget yields a processed crash with status {@code TimeBudgetExceeded}. Keep it below the
   * resource adapter's call timeout (30 s), which bounds how long shutdown waits for a crash in
   * progress. Default 20000.
   */
  public static final String STACKWALK_TIMEOUT_MS = "breakwater.processor.stackwalk.timeout-ms";

  /**
   * Memory budget of one stack walk in bytes: a minidump larger than this is not walked (status
   * {@code DumpExceedsMemoryBudget}); a smaller one is walked, but the symbol files (by their
   * parsed-index estimate) and frames it takes count against the rest, and symbol files that would
   * pass the budget are not loaded (processor note {@code MemoryBudgetReached}, {@code
   * json_dump.memory_budget}). Default 268435456 (256 MiB).
   */
  public static final String STACKWALK_MEMORY_BYTES = "breakwater.processor.stackwalk.memory-bytes";

  /**
   * Threads that walk stacks; a walk over its time budget keeps its thread until it notices, so
   * this bounds how many runaway walks can pile up. Default 4.
   */
  public static final String STACKWALK_THREADS = "breakwater.processor.stackwalk.threads";

  /** Local symbol directories in Breakpad layout, comma-separated, searched first. Default none. */
  public static final String SYMBOLS_PATHS = "breakwater.processor.symbols.paths";

  /**
   * Breakpad HTTP symbol server URLs, comma-separated, tried in order after the local directories.
   * Default none.
   */
  public static final String SYMBOLS_URLS = "breakwater.processor.symbols.urls";

  /**
   * Directory of the symbol download cache. Default: empty, meaning {@code
   * java.io.tmpdir}/breakwater-symbols.
   */
  public static final String SYMBOLS_CACHE_DIRECTORY =
      "breakwater.processor.symbols.cache-directory";

  /** Bound on the symbol download cache in bytes. Default 10737418240 (10 GiB). */
  public static final String SYMBOLS_CACHE_BYTES = "breakwater.processor.symbols.cache-bytes";

  /**
   * Bound on parsed symbol files kept in memory, in estimated bytes. Default 268435456 (256 MiB).
   */
  public static final String SYMBOLS_MEMORY_BYTES = "breakwater.processor.symbols.memory-bytes";

  /**
   * How long, in seconds, a module whose symbols a store did not have is not asked for again.
   * Symbols uploaded through the webapp end the wait at once ({@code SymbolUploadsListener}); this
   * bounds it for symbols that arrive some other way. Default 600.
   */
  public static final String SYMBOLS_MISS_TTL_SECONDS =
      "breakwater.processor.symbols.miss-ttl-seconds";

  /**
   * Directory of the signature lists (sentinels, irrelevant and prefix frames), reloaded when they
   * change. Default: empty, meaning the lists built into the processor.
   */
  public static final String SIGNATURE_LISTS_DIRECTORY =
      "breakwater.processor.signature.lists-directory";

  /**
   * Deliveries of a message whose raw crash is missing before it is dead-lettered: storage that is
   * only eventually consistent gets a retry or two. Default 2.
   */
  public static final String MISSING_RAW_CRASH_DELIVERIES =
      "breakwater.processor.missing-raw-crash-deliveries";

  /** Queue that receives messages the processor gives up on. Default {@code crashes.dlq}. */
  public static final String DEAD_LETTER_QUEUE = "breakwater.processor.dead-letter-queue";

  /**
   * Longest time, in milliseconds, a standard-queue crash waits for priority crashes in progress
   * before it goes ahead anyway. Default 10000.
   */
  public static final String PRIORITY_YIELD_MS = "breakwater.processor.priority-yield-ms";
}
