package dev.breakwater.crash.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.crash.access.Protection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One field of the processed-crash schema, with what is declared below it.
 *
 * <p>A field that declares no {@code properties}, {@code patternProperties} or {@code
 * additionalProperties} is a leaf: its whole value falls under its protection. A field that
 * declares any of them names its children; a child it does not name is protected.
 *
 * @param types JSON types, e.g. {@code ["string", "null"]}
 * @param protection the field's own protection, or null to inherit the parent's
 * @param sourceAnnotations crash annotations the field is copied from, first present wins
 * @param defaultValue value used when none of the source annotations is present, or null
 */
public record SchemaField(
    String name,
    List<String> types,
    String description,
    Protection protection,
    Map<String, SchemaField> properties,
    Map<Pattern, SchemaField> patternProperties,
    SchemaField additionalProperties,
    SchemaField items,
    List<String> sourceAnnotations,
    JsonNode defaultValue) {

  /** The type values are converted to: the first declared type that is not null. */
  public String valueType() {
    return types.stream().filter(t -> !t.equals("null")).findFirst().orElse("string");
  }

  /** True when this field names its children (and so protects the ones it does not name). */
  public boolean declaresChildren() {
    return !properties.isEmpty() || !patternProperties.isEmpty() || additionalProperties != null;
  }

  /** The schema of child {@code key}, or empty when the schema does not name it. */
  public Optional<SchemaField> child(String key) {
    SchemaField named = properties.get(key);
    if (named != null) {
      return Optional.of(named);
    }
    for (Map.Entry<Pattern, SchemaField> entry : patternProperties.entrySet()) {
      if (entry.getKey().matcher(key).find()) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.ofNullable(additionalProperties);
  }

  /** The protection in effect for this field below a parent whose protection is {@code parent}. */
  public Protection effectiveProtection(Protection parent) {
    return protection == null ? parent : parent.and(protection);
  }
}
