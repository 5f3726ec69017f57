package dev.breakwater.processor.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.breakwater.crash.schema.ProcessedCrashSchema;
import dev.breakwater.crash.schema.SchemaField;
import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Copies crash annotations into the processed crash as the schema says: each field with {@code
 * source_annotations} takes the first of them present in the raw crash, converted to the field's
 * type; a value that does not convert is left out with a note naming the annotation (never its
 * value, which may be protected). Annotations arrive as text from multipart forms and as any JSON
 * type from a JSON {@code extra} part, so both are accepted.
 */
public final class CopyAnnotationsRule implements ProcessingRule {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final List<SchemaField> fields;

  public CopyAnnotationsRule(ProcessedCrashSchema schema) {
    this.fields = schema.annotationFields();
  }

  @Override
  public void action(ProcessingCrash report) {
    for (SchemaField field : fields) {
      Optional<String> annotation =
          field.sourceAnnotations().stream().filter(report.rawCrash()::hasNonNull).findFirst();
      if (annotation.isEmpty()) {
        if (field.defaultValue() != null) {
          report.processedCrash().set(field.name(), field.defaultValue().deepCopy());
        }
        continue;
      }
      JsonNode value = report.rawCrash().get(annotation.get());
      Optional<JsonNode> converted = convert(value, field.valueType());
      if (converted.isPresent()) {
        report.processedCrash().set(field.name(), converted.get());
      } else {
        report.addNote("%s has a non-%s value".formatted(annotation.get(), field.valueType()));
      }
    }
  }

  /** Converts an annotation value to a schema type; empty when it does not fit. */
  static Optional<JsonNode> convert(JsonNode value, String type) {
    String text = value.isValueNode() ? value.asText().trim() : null;
    return switch (type) {
      case "string" ->
          Optional.of(
              value.isTextual()
                  ? value
                  : NODES.textNode(value.isValueNode() ? value.asText() : value.toString()));
      case "integer" -> Optional.ofNullable(text).flatMap(CopyAnnotationsRule::toInteger);
      case "number" -> Optional.ofNullable(text).flatMap(CopyAnnotationsRule::toNumber);
      case "boolean" -> Optional.ofNullable(text).flatMap(CopyAnnotationsRule::toBoolean);
      case "object" -> parsedContainer(value).filter(JsonNode::isObject);
      case "array" -> parsedContainer(value).filter(JsonNode::isArray);
      default -> Optional.empty();
    };
  }

  private static Optional<JsonNode> toInteger(String text) {
    try {
      long number = Long.parseLong(text);
      return Optional.of(
          number == (int) number ? NODES.numberNode((int) number) : NODES.numberNode(number));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<JsonNode> toNumber(String text) {
    try {
      double number = Double.parseDouble(text);
      return Double.isFinite(number) ? Optional.of(NODES.numberNode(number)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<JsonNode> toBoolean(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "1", "true" -> Optional.of(NODES.booleanNode(true));
      case "0", "false" -> Optional.of(NODES.booleanNode(false));
      default -> Optional.empty();
    };
  }

  /** Containers arrive as JSON themselves (JSON extra part) or JSON-encoded text (form field). */
  private static Optional<JsonNode> parsedContainer(JsonNode value) {
    if (value.isContainerNode()) {
      return Optional.of(value.deepCopy());
    }
    try {
      return Optional.ofNullable(JSON.readTree(value.asText()));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
