package dev.breakwater.common.storage;

import dev.breakwater.common.crash.CrashId;

/**
 * The bucket layout, version {@code v1}. Keys are a contract between collector, processor, webapp
 * and operators' tooling: change them only with a new version prefix.
 *
 * <pre>
 *   v1/dump/&lt;crash id&gt;                     main minidump (form field upload_file_minidump)
 *   v1/&lt;dump name&gt;/&lt;crash id&gt;              any other dump, under its sanitized form field name
 *   v1/dump_names/&lt;crash id&gt;               JSON list of the crash's dump names
 *   v1/raw_crash/&lt;yyyymmdd&gt;/&lt;crash id&gt;     raw crash JSON, written last
 *   v1/processed_crash/&lt;crash id&gt;          processed crash JSON
 *   v1/outbox/&lt;crash id&gt;                   crash stored but not yet published to its queue
 *   symbols/&lt;debug file&gt;/&lt;debug id&gt;/&lt;name&gt;.sym
 * </pre>
 */
public final class StorageKeys {

  /** Form field name of the main minidump; stored under the {@code dump} key. */
  public static final String MAIN_DUMP_NAME = "upload_file_minidump";

  /** Key segment of the main minidump. */
  public static final String MAIN_DUMP_KEY_NAME = "dump";

  /** Prefix of the outbox markers (see {@link #outbox(String)}). */
  public static final String OUTBOX_PREFIX = "v1/outbox/";

  private StorageKeys() {}

  /**
   * Key of a dump. The main dump ({@value #MAIN_DUMP_NAME}) is stored as {@code v1/dump/<id>}, as
   * Socorro's collector always did; {@code dump_names} still lists it under its form name.
   */
  public static String dump(String crashId, String dumpName) {
    String segment =
        dumpName.equals(MAIN_DUMP_NAME) || dumpName.equals(MAIN_DUMP_KEY_NAME)
            ? MAIN_DUMP_KEY_NAME
            : dumpName;
    return "v1/" + segment + "/" + crashId;
  }

  /** Key of the JSON list of dump names of a crash. */
  public static String dumpNames(String crashId) {
    return "v1/dump_names/" + crashId;
  }

  /** Key of a raw crash; the date segment is the crash ID's date. */
  public static String rawCrash(String crashId) {
    return "v1/raw_crash/" + CrashId.dateKeyOf(crashId) + "/" + crashId;
  }

  /**
   * Prefix of the raw crashes of one day ({@code yyyyMMdd}, the crash IDs' date): listing it gives
   * every crash stored that day.
   */
  public static String rawCrashDayPrefix(java.time.LocalDate day) {
    return "v1/raw_crash/" + java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(day) + "/";
  }

  /** Key of a processed crash. */
  public static String processedCrash(String crashId) {
    return "v1/processed_crash/" + crashId;
  }

  /**
   * Key of an outbox marker: the crash is fully stored and must still be published. Whoever
   * publishes it deletes the marker afterwards; publishing twice is harmless because processing is
   * idempotent.
   */
  public static String outbox(String crashId) {
    return OUTBOX_PREFIX + crashId;
  }

  /** The crash ID of an outbox marker key. */
  public static String crashIdOfOutboxKey(String key) {
    return key.substring(OUTBOX_PREFIX.length());
  }

  /** Key of a Breakpad symbol file. */
  public static String symbols(String debugFile, String debugId, String symName) {
    return "symbols/" + debugFile + "/" + debugId + "/" + symName;
  }

  /**
   * Key of the symbol file of a module in Breakpad's layout, as symbol uploads store it and the
   * processor looks for it: {@code symbols/<debug file>/<debug id>/<name>.sym}, where the name is
   * the debug file with a trailing {@code .pdb} (any case) replaced by {@code .sym}, or else the
   * debug file plus {@code .sym}.
   */
  public static String symbols(String debugFile, String debugId) {
    return symbols(debugFile, debugId, symbolFileName(debugFile));
  }

  /** {@code xul.pdb} → {@code xul.sym}, {@code libxul.so} → {@code libxul.so.sym}. */
  public static String symbolFileName(String debugFile) {
    String base =
        debugFile.toLowerCase(java.util.Locale.ROOT).endsWith(".pdb")
            ? debugFile.substring(0, debugFile.length() - 4)
            : debugFile;
    return base + ".sym";
  }
}
