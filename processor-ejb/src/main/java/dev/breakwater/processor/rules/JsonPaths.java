package dev.breakwater.processor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Null-safe reads from crash JSON, where any key may be missing, null or of the wrong type. */
final class JsonPaths {
  private JsonPaths() {}

  /** The value at a JSON pointer, empty when missing or null. */
  static Optional<JsonNode> at(JsonNode node, String pointer) {
    JsonNode value = node.at(pointer);
    return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  /**
   * The scalar at a JSON pointer as text, or {@code fallback} when missing, null or a container.
   */
  static String text(JsonNode node, String pointer, String fallback) {
    return at(node, pointer).filter(JsonNode::isValueNode).map(JsonNode::asText).orElse(fallback);
  }

  /** The integer at a JSON pointer, empty when missing or not an integral number. */
  static Optional<Long> integer(JsonNode node, String pointer) {
    return at(node, pointer)
        .filter(JsonNode::canConvertToLong)
        .filter(JsonNode::isIntegralNumber)
        .map(JsonNode::asLong);
  }

  /** The frames of the crashing thread in the main json_dump, or empty. */
  static Optional<JsonNode> crashingThreadFrames(JsonNode processedCrash) {
    Optional<Long> index = integer(processedCrash, "/crashing_thread");
    if (index.isEmpty()) {
      return Optional.empty();
    }
    return at(processedCrash, "/json_dump/threads/" + index.get() + "/frames")
        .filter(JsonNode::isArray);
  }
}
