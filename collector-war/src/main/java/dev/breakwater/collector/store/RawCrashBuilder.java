package dev.breakwater.collector.store;

import dev.breakwater.collector.payload.CrashReport;
import dev.breakwater.collector.payload.DumpBuffer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the raw crash document from a crash report: the annotations as sent (minus the ones that
 * must never be stored) plus what the collector knows about the submission.
 *
 * <pre>
 * { ...annotations,
 *   "submitted_timestamp": "2025-11-26T12:00:00.123456+00:00",
 *   "uuid": "&lt;crash id&gt;",
 *   "version": 2,
 *   "metadata": { "payload": "multipart" | "json", "payload_compressed": "0" | "1",
 *                 "payload_size": 207123, "collector_notes": [...],
 *                 "dump_checksums": { "&lt;dump name&gt;": "&lt;sha256&gt;" },
 *                 "user_agent": "...", "throttle_rule": "&lt;rule&gt;" } }
 * </pre>
 */
public final class RawCrashBuilder {

  /** Raw crash format version, as in Socorro ({@code metadata} holds collector data). */
  public static final int VERSION = 2;

  /** Python's {@code datetime.isoformat()} of an aware UTC time, which Socorro parses. */
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'").withZone(ZoneOffset.UTC);

  private final Set<String> removedAnnotations;

  /**
   * @param removedAnnotations annotations that are deleted before storage (with a collector note),
   *     such as telemetry identifiers
   */
  public RawCrashBuilder(Set<String> removedAnnotations) {
    this.removedAnnotations = Set.copyOf(removedAnnotations);
  }

  /** The raw crash of an accepted or deferred crash report. */
  public Map<String, Object> build(
      CrashReport report,
      String crashId,
      String throttleRule,
      Instant submitted,
      String userAgent) {
    Map<String, Object> raw = report.copyOfAnnotations();
    List<String> notes = new ArrayList<>();
    for (String name : removedAnnotations.stream().sorted().toList()) {
      if (raw.remove(name) != null) {
        notes.add("Removed " + name + " from raw crash.");
      }
    }
    raw.put("submitted_timestamp", TIMESTAMP.format(submitted.truncatedTo(ChronoUnit.MICROS)));
    raw.put("uuid", crashId);
    raw.put("version", VERSION);
    raw.put("metadata", metadata(report, notes, throttleRule, userAgent));
    return raw;
  }

  private static Map<String, Object> metadata(
      CrashReport report, List<String> notes, String throttleRule, String userAgent) {
    Map<String, String> checksums = new LinkedHashMap<>();
    for (Map.Entry<String, DumpBuffer> dump : report.dumps().entrySet()) {
      checksums.put(dump.getKey(), dump.getValue().sha256());
    }
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("payload", report.payloadKind().code());
    metadata.put("payload_compressed", report.compressed() ? "1" : "0");
    metadata.put("payload_size", report.payloadSize());
    metadata.put("collector_notes", notes);
    metadata.put("dump_checksums", checksums);
    metadata.put("user_agent", userAgent == null ? "" : userAgent);
    metadata.put("throttle_rule", throttleRule);
    return metadata;
  }
}
