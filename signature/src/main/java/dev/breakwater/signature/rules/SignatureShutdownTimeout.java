package dev.breakwater.signature.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakwater.signature.CrashData;
import dev.breakwater.signature.SignatureRule;
import dev.breakwater.signature.SignatureState;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces the signature of an async shutdown timeout with {@code AsyncShutdownTimeout | <phase> |
 * <blocking conditions>}: the stack of such a crash is the watchdog's, not the culprit's.
 *
 * <p>The AsyncShutdownTimeout annotation is JSON: {@code {"phase": "...", "conditions": [...]}},
 * each condition a name or an object with a {@code name}.
 */
public final class SignatureShutdownTimeout implements SignatureRule {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public boolean predicate(CrashData crash, SignatureState state) {
    JsonNode timeout = crash.asyncShutdownTimeout();
    return timeout.isTextual() ? !timeout.textValue().isEmpty() : timeout.isObject();
  }

  @Override
  public void action(CrashData crash, SignatureState state) {
    List<String> parts = new ArrayList<>();
    parts.add("AsyncShutdownTimeout");
    try {
      JsonNode timeout = parse(crash.asyncShutdownTimeout());
      JsonNode phase = timeout.path("phase");
      parts.add(phase.isTextual() ? phase.textValue() : "(unknown)");
      List<String> conditions = conditionNames(timeout.path("conditions"));
      conditions.sort(null);
      parts.add(conditions.isEmpty() ? "(none)" : String.join(",", conditions));
    } catch (IllegalArgumentException e) {
      parts.add("UNKNOWN");
      state.info(name(), "Error parsing AsyncShutdownTimeout: " + e.getMessage());
    }
    state.info(
        name(),
        "Signature replaced with a Shutdown Timeout signature, was: \"" + state.signature() + "\"");
    state.setSignature(name(), String.join(" | ", parts));
  }

  private static JsonNode parse(JsonNode annotation) {
    JsonNode timeout = annotation;
    if (annotation.isTextual()) {
      try {
        timeout = JSON.readTree(annotation.textValue());
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(e.getOriginalMessage(), e);
      }
    }
    if (timeout == null || !timeout.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    return timeout;
  }

  private static List<String> conditionNames(JsonNode conditions) {
    List<String> names = new ArrayList<>();
    if (!conditions.isArray()) {
      return names;
    }
    for (JsonNode condition : conditions) {
      JsonNode name = condition.isObject() ? condition.get("name") : condition;
      if (name == null) {
        throw new IllegalArgumentException("condition without a name: " + condition);
      }
      names.add(name.isTextual() ? name.textValue() : name.toString());
    }
    return names;
  }
}
