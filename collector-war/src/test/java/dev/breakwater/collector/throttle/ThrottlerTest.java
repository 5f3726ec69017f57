package dev.breakwater.collector.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThrottlerTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-26T12:00:00Z"), ZoneOffset.UTC);

  static Throttler rules(String yaml) {
    return ThrottleRulesFile.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml", CLOCK);
  }

  static Throttler single(String when, String result) {
    return rules("format: 1\nrules:\n  - name: r\n    when: " + when + "\n    result: " + result);
  }

  static Map<String, Object> crash(String... pairs) {
    Map<String, Object> annotations = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      annotations.put(pairs[i], pairs[i + 1]);
    }
    return annotations;
  }

  static String ruleOf(Throttler throttler, Map<String, Object> annotations) {
    return throttler.decide(annotations).ruleName();
  }

  @Test
  void firstMatchWins() {
    Throttler t =
        rules(
            """
            format: 1
            rules:
              - name: first
                when: { annotation: ProductName, equals: Firefox }
                result: DEFER
              - name: second
                when: { always: true }
                result: ACCEPT
            """);
    assertEquals(
        new ThrottleDecision(ThrottleResult.DEFER, "first", 100),
        t.decide(crash("ProductName", "Firefox")));
    assertEquals(
        new ThrottleDecision(ThrottleResult.ACCEPT, "second", 100),
        t.decide(crash("ProductName", "Thunderbird")));
  }

  @Test
  void noMatchRejectsUnlessConfigured() {
    Throttler rejecting = single("{ annotation: A, exists: true }", "ACCEPT");
    assertEquals(
        new ThrottleDecision(ThrottleResult.REJECT, "NO_MATCH", 0), rejecting.decide(crash()));
    Throttler deferring =
        rules(
            "format: 1\nno_match: DEFER\nrules:\n  - name: r\n"
                + "    when: {annotation: A, exists: true}\n    result: ACCEPT\n");
    assertEquals(ThrottleResult.DEFER, deferring.decide(crash()).result());
  }

  @Test
  void fakeAcceptAndRejectResults() {
    assertEquals(
        ThrottleResult.FAKEACCEPT,
        single("{ always: true }", "FAKEACCEPT").decide(crash()).result());
    assertEquals(
        ThrottleResult.REJECT, single("{ always: true }", "REJECT").decide(crash()).result());
  }

  @Test
  void existsTest() {
    Throttler present = single("{ annotation: Comments, exists: true }", "ACCEPT");
    assertEquals("r", ruleOf(present, crash("Comments", "")));
    assertEquals("NO_MATCH", ruleOf(present, crash()));
    Throttler absent = single("{ annotation: Comments, exists: false }", "ACCEPT");
    assertEquals("r", ruleOf(absent, crash()));
    assertEquals("NO_MATCH", ruleOf(absent, crash("Comments", "x")));
  }

  @Test
  void equalsTestIsExactAndComparesJsonScalarsAsText() {
    Throttler t = single("{ annotation: Throttleable, equals: 0 }", "ACCEPT");
    assertEquals("r", ruleOf(t, crash("Throttleable", "0")));
    assertEquals("r", ruleOf(t, Map.of("Throttleable", 0)));
    assertEquals("NO_MATCH", ruleOf(t, crash("Throttleable", "00")));
    assertEquals("NO_MATCH", ruleOf(t, Map.of("Throttleable", List.of("0"))));
    assertEquals("NO_MATCH", ruleOf(t, crash()));
  }

  @Test
  void defaultValueStandsInForAMissingAnnotation() {
    Throttler t =
        single(
            "{ all: [ {annotation: HangID, exists: true},"
                + " {annotation: ProcessType, default: browser, equals: browser} ] }",
            "REJECT");
    assertEquals("r", ruleOf(t, crash("HangID", "x")));
    assertEquals("r", ruleOf(t, crash("HangID", "x", "ProcessType", "browser")));
    assertEquals("NO_MATCH", ruleOf(t, crash("HangID", "x", "ProcessType", "content")));
  }

  @Test
  void inTest() {
    Throttler t = single("{ annotation: ReleaseChannel, in: [aurora, beta, esr] }", "ACCEPT");
    assertEquals("r", ruleOf(t, crash("ReleaseChannel", "beta")));
    assertEquals("NO_MATCH", ruleOf(t, crash("ReleaseChannel", "release")));
  }

  @Test
  void matchesTestMatchesTheWholeValue() {
    Throttler t = single("{ annotation: ReleaseChannel, matches: 'nightly.*' }", "ACCEPT");
    assertEquals("r", ruleOf(t, crash("ReleaseChannel", "nightly")));
    assertEquals("r", ruleOf(t, crash("ReleaseChannel", "nightlyfoo")));
    assertEquals("NO_MATCH", ruleOf(t, crash("ReleaseChannel", "a-nightly")));
  }

  @ParameterizedTest
  @CsvSource({
    "56.0, version_lt, 57.0, true",
    "56.0.2, version_lt, 57.0, true",
    "57.0, version_lt, 57.0, false",
    "57.0.1, version_lt, 57.0, false",
    "5.0, version_lt, 57.0, true",
    "abc, version_lt, 57.0, false",
    "57, version_eq, 57.0.0, true",
    "60.0a1, version_lt, 60.0, true",
    "60.0a1, version_lt, 60.0b1, true",
    "60.0b3, version_gt, 60.0b2, true",
    "60.0rc1, version_lt, 60.0, true",
    "115.3.1esr, version_ge, 115.3.1, true",
    "115.3.1esr, version_le, 115.3.1, true",
    "35.0b, version_lt, 35.0, true",
  })
  void versionComparisons(String version, String test, String bound, boolean matches) {
    Throttler t = single("{ annotation: Version, " + test + ": '" + bound + "' }", "ACCEPT");
    assertEquals(matches ? "r" : "NO_MATCH", ruleOf(t, crash("Version", version)));
  }

  @ParameterizedTest
  @CsvSource({
    "20241125000000, build_age_days_gt, 365, true",
    "20241126000000, build_age_days_gt, 365, false",
    "20251120, build_age_days_lt, 7, true",
    "20251118, build_age_days_lt, 7, false",
    "garbage, build_age_days_gt, 1, false",
    "20251399000000, build_age_days_gt, 1, false",
  })
  void buildIdAge(String buildId, String test, int days, boolean matches) {
    Throttler t = single("{ annotation: BuildID, " + test + ": " + days + " }", "REJECT");
    assertEquals(matches ? "r" : "NO_MATCH", ruleOf(t, crash("BuildID", buildId)));
  }

  @Test
  void notAndAny() {
    Throttler t =
        single(
            "{ not: { any: [ {annotation: A, equals: x}, {annotation: B, equals: y} ] } }",
            "ACCEPT");
    assertEquals("r", ruleOf(t, crash("A", "z")));
    assertEquals("NO_MATCH", ruleOf(t, crash("B", "y")));
  }

  @Test
  void sampledResultFollowsTheDraw() {
    Throttler t = single("{ always: true }", "{ sample: 10, matched: ACCEPT, otherwise: REJECT }");
    assertEquals(
        new ThrottleDecision(ThrottleResult.ACCEPT, "r", 10),
        t.withRandom(() -> 0.09).decide(crash()));
    assertEquals(
        new ThrottleDecision(ThrottleResult.ACCEPT, "r", 10),
        t.withRandom(() -> 0.10).decide(crash()));
    assertEquals(
        new ThrottleDecision(ThrottleResult.REJECT, "r", 10),
        t.withRandom(() -> 0.11).decide(crash()));
  }

  @Test
  void revisionIsKept() {
    Throttler t = rules("format: 1\nrevision: abc\nrules: []\n");
    assertEquals("abc", t.revision());
  }
}
