package dev.breakwater.processor.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.breakwater.crash.search.FieldType;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Makes one value fit its field type; null when it cannot. */
final class ValueFitting {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ValueFitting() {}

  static JsonNode fit(JsonNode value, FieldType type, String name, CrashDocument document) {
    if (value.isArray()) {
      ArrayNode fitted = NODES.arrayNode();
      for (JsonNode element : value) {
        JsonNode one = fitScalar(element, type, name, document);
        if (one == null) {
          return null; // a field with one bad element is dropped whole, as Elasticsearch would
        }
        fitted.add(one);
      }
      return fitted;
    }
    return fitScalar(value, type, name, document);
  }

  private static JsonNode fitScalar(
      JsonNode value, FieldType type, String name, CrashDocument document) {
    if (!value.isValueNode() || value.isNull()) {
      return null;
    }
    return switch (type) {
      case KEYWORD -> keyword(value.asText(), name, document);
      case TEXT -> text(value.asText(), name, document);
      case INTEGER -> integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case LONG -> integral(value, Long.MIN_VALUE, Long.MAX_VALUE);
      case DOUBLE -> decimal(value);
      case DATE -> date(value.asText());
      case BOOLEAN -> bool(value);
    };
  }

  private static JsonNode keyword(String text, String name, CrashDocument document) {
    if (text.length() <= CrashDocumentBuilder.MAX_KEYWORD_LENGTH) {
      return NODES.textNode(text);
    }
    document.noteTruncated(name);
    int end = CrashDocumentBuilder.MAX_KEYWORD_LENGTH;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never split a surrogate pair
    }
    return NODES.textNode(text.substring(0, end));
  }

  private static JsonNode text(String text, String name, CrashDocument document) {
    if (text.length() * 3L <= CrashDocumentBuilder.MAX_TEXT_BYTES
        || text.getBytes(StandardCharsets.UTF_8).length <= CrashDocumentBuilder.MAX_TEXT_BYTES) {
      return NODES.textNode(text);
    }
    document.noteTruncated(name);
    CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
    ByteBuffer out = ByteBuffer.allocate(CrashDocumentBuilder.MAX_TEXT_BYTES);
    CharBuffer in = CharBuffer.wrap(text);
    encoder.encode(in, out, true);
    // An overflow stops before a character that does not fit, so no character is split.
    return NODES.textNode(text.substring(0, in.position()));
  }

  private static JsonNode integral(JsonNode value, long min, long max) {
    long number;
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      number = value.asLong();
    } else if (value.isTextual()) {
      try {
        number = Long.parseLong(value.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    } else {
      return null;
    }
    return number < min || number > max ? null : NODES.numberNode(number);
  }

  private static JsonNode decimal(JsonNode value) {
    double number;
    if (value.isNumber()) {
      number = value.asDouble();
    } else if (value.isTextual()) {
      try {
        number = Double.parseDouble(value.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    } else {
      return null;
    }
    return Double.isFinite(number) ? NODES.numberNode(number) : null;
  }

  private static JsonNode date(String text) {
    Instant instant = CrashDocumentBuilder.parseDate(text);
    return instant == null ? null : NODES.textNode(CrashDocumentBuilder.formatDate(instant));
  }

  private static JsonNode bool(JsonNode value) {
    if (value.isBoolean()) {
      return value;
    }
    return switch (value.asText().trim().toLowerCase(java.util.Locale.ROOT)) {
      case "1", "true" -> NODES.booleanNode(true);
      case "0", "false" -> NODES.booleanNode(false);
      default -> null;
    };
  }
}
