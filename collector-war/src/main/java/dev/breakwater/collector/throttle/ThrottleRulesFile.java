package dev.breakwater.collector.throttle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a throttle rules file (YAML, format 1; documented in {@code config/throttle/README.md}).
 *
 * <pre>
 * format: 1
 * revision: "2025-11-26"
 * no_match: REJECT
 * rules:
 *   - name: throttleable_0
 *     when: { annotation: Throttleable, equals: "0" }
 *     result: ACCEPT
 *   - name: release_sample
 *     when: { annotation: ReleaseChannel, equals: release }
 *     result: { sample: 10, matched: ACCEPT, otherwise: REJECT }
 * </pre>
 */
public final class ThrottleRulesFile {

  /** The only format version understood so far. */
  public static final int FORMAT = 1;

  private static final Set<String> TOP_LEVEL = Set.of("format", "revision", "no_match", "rules");
  private static final Set<String> RULE_KEYS = Set.of("name", "when", "result");

  private ThrottleRulesFile() {}

  /**
   * Reads rules.
   *
   * @param source a name for error messages (file path or resource)
   * @throws InvalidThrottleRulesException naming the problem and where it is
   */
  public static Throttler read(InputStream in, String source, Clock clock) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(in);
    } catch (IOException e) {
      throw new InvalidThrottleRulesException(source + ": not valid YAML: " + e.getMessage(), e);
    }
    try {
      return parse(root, clock);
    } catch (InvalidThrottleRulesException e) {
      throw new InvalidThrottleRulesException(source + ": " + e.getMessage(), e);
    }
  }

  private static Throttler parse(JsonNode root, Clock clock) {
    if (root == null || !root.isObject()) {
      throw ConditionParser.invalid("(top)", "must be a mapping with format and rules");
    }
    unknownKeys(root, "(top)", TOP_LEVEL);
    if (root.path("format").asInt(-1) != FORMAT) {
      throw ConditionParser.invalid("format", "must be " + FORMAT);
    }
    ThrottleResult noMatch =
        root.has("no_match") ? result(root.get("no_match"), "no_match") : ThrottleResult.REJECT;
    JsonNode rulesNode = root.get("rules");
    if (rulesNode == null || !rulesNode.isArray()) {
      throw ConditionParser.invalid("rules", "must be a list");
    }
    ConditionParser conditions = new ConditionParser(clock);
    List<ThrottleRule> rules = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < rulesNode.size(); i++) {
      ThrottleRule rule = rule(rulesNode.get(i), "rules[" + i + "]", conditions);
      if (names.contains(rule.name())) {
        throw ConditionParser.invalid("rules[" + i + "]", "duplicate rule name " + rule.name());
      }
      names.add(rule.name());
      rules.add(rule);
    }
    return new Throttler(rules, noMatch, root.path("revision").asText("unversioned"));
  }

  private static ThrottleRule rule(JsonNode node, String path, ConditionParser conditions) {
    if (!node.isObject()) {
      throw ConditionParser.invalid(path, "a rule must be a mapping with name, when, result");
    }
    unknownKeys(node, path, RULE_KEYS);
    String name = node.path("name").asText("");
    try {
      return new ThrottleRule(
          name,
          conditions.parse(node.get("when"), path + ".when"),
          ruleResult(node.get("result"), path + ".result"));
    } catch (IllegalArgumentException e) {
      throw ConditionParser.invalid(path, e.getMessage());
    }
  }

  private static RuleResult ruleResult(JsonNode node, String path) {
    if (node != null && node.isObject()) {
      unknownKeys(node, path, Set.of("sample", "matched", "otherwise"));
      if (!node.path("sample").isNumber()) {
        throw ConditionParser.invalid(path + ".sample", "must be a percentage");
      }
      return new RuleResult.Sampled(
          node.get("sample").asDouble(),
          result(node.get("matched"), path + ".matched"),
          result(node.get("otherwise"), path + ".otherwise"));
    }
    return new RuleResult.Fixed(result(node, path));
  }

  private static ThrottleResult result(JsonNode node, String path) {
    if (node == null || !node.isTextual()) {
      throw ConditionParser.invalid(path, "must be ACCEPT, DEFER, REJECT or FAKEACCEPT");
    }
    try {
      return ThrottleResult.valueOf(node.asText().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ConditionParser.invalid(path, "must be ACCEPT, DEFER, REJECT or FAKEACCEPT");
    }
  }

  private static void unknownKeys(JsonNode node, String path, Set<String> allowed) {
    node.fieldNames()
        .forEachRemaining(
            f -> {
              if (!allowed.contains(f)) {
                throw ConditionParser.invalid(path, "unknown key '" + f + "'");
              }
            });
  }
}
