package dev.breakwater.crash.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.crash.access.Protection;
import dev.breakwater.crash.schema.ProcessedCrashSchema;
import dev.breakwater.crash.schema.SchemaField;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The search-field registry must index only what the processed-crash schema describes. */
class SearchFieldsMatchSchemaTest {
  private final ProcessedCrashSchema schema = ProcessedCrashSchema.load();

  @Test
  void everySourceIsASchemaFieldAndNoProtectedFieldIsPublic() {
    for (SearchField field : SearchFields.load().all().values()) {
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
}
