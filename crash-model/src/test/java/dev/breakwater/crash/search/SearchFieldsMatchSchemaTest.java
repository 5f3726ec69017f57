package dev.breakwater.crash.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.crash.access.Protection;
import dev.breakwater.crash.schema.ProcessedCrashSchema;
import dev.breakwater.crash.schema.SchemaField;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The search-field registry must index only what the processed-crash schema describes. */
class SearchFieldsMatchSchemaTest {
  private final ProcessedCrashSchema schema = ProcessedCrashSchema.load();
  private final SearchFields fields = SearchFields.load();

  /**
   * Top-level processed-crash fields deliberately left out of search, and why. Every other field
   * the processor writes is searchable, so a new schema field needs a decision here or in the
   * registry.
   */
  private static final Map<String, String> NOT_SEARCHED =
      Map.ofEntries(
          Map.entry("json_dump", "the walked dump; the report page reads it from storage"),
          Map.entry("signature_debug", "a log of signature decisions, for the report page"),
          Map.entry("submitted_timestamp", "the same instant as date_processed (date)"),
          Map.entry("crash_time", "client_crash_date holds it as a date"),
          Map.entry("startup_time", "uptime holds it relative to the crash"),
          Map.entry("started_datetime", "completed_datetime dates the processing"),
          Map.entry("processor_history", "notes of earlier processings, for the report page"),
          Map.entry("collector_metadata", "its searchable parts are throttle_rule, payload_size"),
          Map.entry("dump_checksums", "hashes of every dump; minidump_sha256_hash is the main one"),
          Map.entry("mdsw_stderr", "the stack walker's log, protected, for the report page"),
          Map.entry("remote_address", "the client's IP address: not a search criterion"));

  @Test
  void everySourceIsASchemaFieldAndNoProtectedFieldIsPublic() {
    for (SearchField field : fields.all().values()) {
      if (field.sourcePath().isEmpty()) {
        continue;
      }
      Protection protection = schema.root().protection();
      Optional<SchemaField> node = Optional.of(schema.root());
      for (String key : field.sourcePath()) {
        node = node.flatMap(n -> n.child(key));
        assertTrue(
            node.isPresent(), field.name() + ": " + field.source() + " is not in the schema");
        protection = node.get().effectiveProtection(protection);
      }
      if (protection == Protection.PROTECTED) {
        assertEquals(
            Protection.PROTECTED, field.protection(), field.name() + " exposes protected data");
      }
    }
  }

  @Test
  void everyTopLevelFieldIsSearchableOrLeftOutOnPurpose() {
    Set<String> searched =
        fields.all().values().stream()
            .map(f -> f.sourcePath().isEmpty() ? "" : f.sourcePath().get(0))
            .collect(Collectors.toSet());
    Set<String> undecided = new TreeSet<>(schema.root().properties().keySet());
    undecided.removeAll(searched);
    undecided.removeAll(NOT_SEARCHED.keySet());
    assertEquals(Set.of(), undecided, "schema fields neither searchable nor in NOT_SEARCHED");
    for (String name : NOT_SEARCHED.keySet()) {
      assertTrue(schema.root().properties().containsKey(name), name + " left the schema");
    }
  }
}
