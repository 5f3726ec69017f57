package dev.breakwater.collector.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ThrottleRulesFileTest {

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        Arguments.of("format: 2\nrules: []", "format: must be 1"),
        Arguments.of("format: 1", "rules: must be a list"),
        Arguments.of("format: 1\nrules: []\nextra: 1", "unknown key 'extra'"),
        Arguments.of(
            "format: 1\nrules:\n  - name: 'a b'\n    when: {always: true}\n    result: ACCEPT",
            "rule name"),
        Arguments.of(
            "format: 1\nrules:\n  - name: a\n    when: {always: true}\n    result: KEEP",
            "rules[0].result"),
        Arguments.of(
            "format: 1\nrules:\n  - name: a\n    when: {annotation: X, equal: y}\n    result: ACCEPT",
            "unknown key 'equal'"),
        Arguments.of(
            "format: 1\nrules:\n  - name: a\n    when: {annotation: X}\n    result: ACCEPT",
            "exactly one test"),
        Arguments.of(
            "format: 1\nrules:\n  - name: a\n    when: {annotation: X, matches: '('}\n    result: ACCEPT",
            "not a regular expression"),
        Arguments.of(
            "format: 1\nrules:\n  - name: a\n    when: {annotation: X, version_lt: 'x'}\n    result: ACCEPT",
            "not a version"),
        Arguments.of(
            "format: 1\nrules:\n  - name: a\n    when: {all: []}\n    result: ACCEPT",
            "rules[0].when.all"),
        Arguments.of(
            "format: 1\nrules:\n  - name: a\n    when: {always: true}\n    result: {sample: 120, matched: ACCEPT, otherwise: REJECT}",
            "between 0 and 100"),
        Arguments.of(
            "format: 1\nrules:\n  - {name: a, when: {always: true}, result: ACCEPT}\n  - {name: a, when: {always: true}, result: ACCEPT}",
            "duplicate rule name"),
        Arguments.of("[1, 2]", "must be a mapping"),
        Arguments.of("format: 1\nrules: [: x", "not valid YAML"));
  }

  @ParameterizedTest
  @MethodSource("brokenFiles")
  void errorsNameThePlaceAndProblem(String yaml, String expected) {
    InvalidThrottleRulesException e =
        assertThrows(InvalidThrottleRulesException.class, () -> ThrottlerTest.rules(yaml));
    assertTrue(e.getMessage().startsWith("test.yaml: "), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void defaultRuleSetLoadsAndBehaves() throws Exception {
    Throttler t;
    try (InputStream in = getClass().getResourceAsStream("/throttle-rules.yaml")) {
      t = ThrottleRulesFile.read(in, "throttle-rules.yaml", ThrottlerTest.CLOCK);
    }
    assertEquals(
        "throttleable_0", ThrottlerTest.ruleOf(t, Map.of("ProductName", "", "Throttleable", "0")));
    assertEquals("no_product_name", ThrottlerTest.ruleOf(t, Map.of("Version", "1")));
    assertEquals(
        "has_comments", ThrottlerTest.ruleOf(t, Map.of("ProductName", "X", "Comments", "hi")));
    assertEquals(
        "old_build",
        ThrottlerTest.ruleOf(t, Map.of("ProductName", "X", "BuildID", "20200101000000")));
    assertEquals(
        new ThrottleDecision(ThrottleResult.ACCEPT, "accept_everything", 100),
        t.decide(Map.of("ProductName", "X", "BuildID", "20251120000000")));
  }
}
