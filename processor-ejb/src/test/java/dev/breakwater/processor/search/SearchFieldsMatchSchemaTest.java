package dev.breakwater.processor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.processor.schema.Permission;
import dev.breakwater.processor.schema.ProcessedCrashSchema;
import dev.breakwater.processor.schema.SchemaField;
import dev.breakwater.search.FieldPermission;
import dev.breakwater.search.SearchField;
import dev.breakwater.search.SearchFields;
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
      Permission permission = schema.root().permission();
      Optional<SchemaField> node = Optional.of(schema.root());
      for (String key : field.sourcePath()) {
        node = node.flatMap(n -> n.child(key));
        assertTrue(
            node.isPresent(), field.name() + ": " + field.source() + " is not in the schema");
        permission = node.get().effectivePermission(permission);
      }
      if (permission == Permission.PROTECTED) {
        assertEquals(
            FieldPermission.PROTECTED,
            field.permission(),
            field.name() + " exposes protected data");
      }
    }
  }
}
