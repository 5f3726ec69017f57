package dev.breakwater.collector.throttle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.collector.throttle.condition.AllOf;
import dev.breakwater.collector.throttle.condition.Always;
import dev.breakwater.collector.throttle.condition.AnnotationEquals;
import dev.breakwater.collector.throttle.condition.AnnotationExists;
import dev.breakwater.collector.throttle.condition.AnnotationIn;
import dev.breakwater.collector.throttle.condition.AnnotationMatches;
import dev.breakwater.collector.throttle.condition.AnnotationValue;
import dev.breakwater.collector.throttle.condition.AnyOf;
import dev.breakwater.collector.throttle.condition.BuildIdAge;
import dev.breakwater.collector.throttle.condition.Condition;
import dev.breakwater.collector.throttle.condition.Not;
import dev.breakwater.collector.throttle.condition.ProductVersion;
import dev.breakwater.collector.throttle.condition.VersionComparison;
import dev.breakwater.collector.throttle.condition.VersionComparison.Operator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Builds {@link Condition}s from the {@code when:} nodes of the rules file. */
final class ConditionParser {

  private static final Set<String> TESTS =
      Set.of(
          "exists",
          "equals",
          "in",
          "matches",
          "version_lt",
          "version_le",
          "version_gt",
          "version_ge",
          "version_eq",
          "build_age_days_gt",
          "build_age_days_lt");

  private final Clock clock;

  ConditionParser(Clock clock) {
    this.clock = clock;
  }

  Condition parse(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw invalid(path, "a condition must be a mapping");
    }
    if (node.has("always")) {
      requireOnly(node, path, Set.of("always"));
      if (!node.get("always").asBoolean(false)) {
        throw invalid(path, "'always' must be true");
      }
      return new Always();
    }
    if (node.has("all") || node.has("any")) {
      String key = node.has("all") ? "all" : "any";
      requireOnly(node, path, Set.of(key));
      List<Condition> parts = parseList(node.get(key), path + "." + key);
      return key.equals("all") ? new AllOf(parts) : new AnyOf(parts);
    }
    if (node.has("not")) {
      requireOnly(node, path, Set.of("not"));
      return new Not(parse(node.get("not"), path + ".not"));
    }
    if (node.has("annotation")) {
      return parseAnnotationTest(node, path);
    }
    throw invalid(path, "expected one of always, all, any, not, annotation");
  }

  private List<Condition> parseList(JsonNode list, String path) {
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw invalid(path, "must be a non-empty list of conditions");
    }
    List<Condition> conditions = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      conditions.add(parse(list.get(i), path + "[" + i + "]"));
    }
    return conditions;
  }

  private Condition parseAnnotationTest(JsonNode node, String path) {
    String name = text(node.get("annotation"), path + ".annotation");
    List<String> tests = new ArrayList<>();
    node.fieldNames()
        .forEachRemaining(
            f -> {
              if (TESTS.contains(f)) {
                tests.add(f);
              } else if (!f.equals("annotation") && !f.equals("default")) {
                throw invalid(path, "unknown key '" + f + "'");
              }
            });
    if (tests.size() != 1) {
      throw invalid(path, "an annotation condition needs exactly one test of " + TESTS);
    }
    Optional<String> fallback =
        node.has("default")
            ? Optional.of(text(node.get("default"), path + ".default"))
            : Optional.empty();
    AnnotationValue value = new AnnotationValue(name, fallback);
    String test = tests.get(0);
    return annotationTest(test, node.get(test), value, name, path + "." + test);
  }

  private Condition annotationTest(
      String test, JsonNode arg, AnnotationValue value, String name, String path) {
    switch (test) {
      case "exists":
        if (!arg.isBoolean()) {
          throw invalid(path, "must be true or false");
        }
        return new AnnotationExists(name, arg.booleanValue());
      case "equals":
        return new AnnotationEquals(value, text(arg, path));
      case "in":
        return new AnnotationIn(value, textSet(arg, path));
      case "matches":
        return new AnnotationMatches(value, regex(arg, path));
      case "build_age_days_gt":
      case "build_age_days_lt":
        if (!arg.canConvertToLong() || arg.asLong() < 0) {
          throw invalid(path, "must be a number of days");
        }
        return new BuildIdAge(value, test.endsWith("gt"), arg.asLong(), clock);
      default:
        Operator operator = Operator.valueOf(test.substring(8).toUpperCase(Locale.ROOT));
        ProductVersion bound =
            ProductVersion.parse(text(arg, path))
                .orElseThrow(() -> invalid(path, "not a version: " + arg.asText()));
        return new VersionComparison(value, operator, bound);
    }
  }

  private static Set<String> textSet(JsonNode arg, String path) {
    if (!arg.isArray() || arg.isEmpty()) {
      throw invalid(path, "must be a non-empty list");
    }
    Set<String> values = new LinkedHashSet<>();
    for (int i = 0; i < arg.size(); i++) {
      values.add(text(arg.get(i), path + "[" + i + "]"));
    }
    return values;
  }

  private static Pattern regex(JsonNode arg, String path) {
    try {
      return Pattern.compile(text(arg, path));
    } catch (PatternSyntaxException e) {
      throw invalid(path, "not a regular expression: " + e.getDescription());
    }
  }

  /** Scalars are taken as their text, so {@code equals: 0} and {@code equals: "0"} agree. */
  private static String text(JsonNode arg, String path) {
    if (arg == null || !arg.isValueNode() || arg.isNull()) {
      throw invalid(path, "must be a text value");
    }
    return arg.asText();
  }

  private static void requireOnly(JsonNode node, String path, Set<String> allowed) {
    node.fieldNames()
        .forEachRemaining(
            f -> {
              if (!allowed.contains(f)) {
                throw invalid(path, "unexpected key '" + f + "' beside " + allowed);
              }
            });
  }

  static InvalidThrottleRulesException invalid(String path, String problem) {
    return new InvalidThrottleRulesException(path + ": " + problem);
  }
}
