package dev.breakwater.processor.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);

  private final List<String> ran = new ArrayList<>();
  private final List<String> observed = new ArrayList<>();

  private ProcessingRule rule(String name, boolean applies, boolean fails) {
    return new ProcessingRule() {
      @Override
      public boolean predicate(ProcessingCrash report) {
        return applies;
      }

      @Override
      public void action(ProcessingCrash report) {
        ran.add(name);
        if (fails) {
          throw new IllegalStateException("secret annotation value");
        }
        report.processedCrash().put(name, true);
      }

      @Override
      public String name() {
        return name;
      }
    };
  }

  private Pipeline pipeline(ProcessingRule... rules) {
    return new Pipeline(
        new Rulesets(
            new Ruleset("default", List.of(rules)), new Ruleset("other", List.of(rules[0]))),
        "host1",
        CLOCK,
        (rule, elapsed, failed) -> observed.add(rule + (failed ? ":failed" : ":ok")));
  }

  @Test
  void runsApplicableRulesInOrder() {
    Pipeline pipeline =
        pipeline(rule("a", true, false), rule("b", false, false), rule("c", true, false));
    ObjectNode processed = pipeline.process("default", TestCrashes.raw("{}"));
    assertEquals(List.of("a", "c"), ran);
    assertTrue(processed.path("a").asBoolean());
    assertFalse(processed.has("b"));
    assertEquals("2024-05-01T10:00:00Z", processed.path("started_datetime").asText());
    assertEquals("2024-05-01T10:00:00Z", processed.path("completed_datetime").asText());
  }

  @Test
  void aFailingRuleAddsAPublicNoteAndProcessingGoesOn() {
    Pipeline pipeline = pipeline(rule("a", true, true), rule("b", true, false));
    ObjectNode processed = pipeline.process("default", TestCrashes.raw("{}"));
    assertEquals(List.of("a", "b"), ran);
    assertTrue(processed.path("b").asBoolean());
    String notes = processed.path("processor_notes").asText();
    assertTrue(notes.contains("ruleset 'default' rule 'a' failed: IllegalStateException"), notes);
    assertFalse(notes.contains("secret"), "exception messages may hold protected data");
    assertEquals(List.of("a:failed", "b:ok"), observed);
  }

  @Test
  void signatureIsAPlaceholderUntilARuleSetsIt() {
    ObjectNode processed =
        pipeline(rule("a", true, false)).process("default", TestCrashes.raw("{}"));
    assertEquals(Pipeline.FAILED_SIGNATURE, processed.path("signature").asText());
  }

  @Test
  void previousNotesMoveToHistoryMostRecentFirst() {
    Pipeline pipeline = pipeline(rule("a", true, false));
    ProcessingCrash report =
        TestCrashes.processed("{'processor_notes': 'second', 'processor_history': ['first']}");
    ObjectNode processed = pipeline.process("other", report);
    assertEquals("second", processed.at("/processor_history/0").asText());
    assertEquals("first", processed.at("/processor_history/1").asText());
    assertTrue(
        processed
            .path("processor_notes")
            .asText()
            .startsWith(">>> Start processing: 2024-05-01T10:00:00Z (host1) ruleset other"));
  }

  @Test
  void firstProcessingHasAnEmptyHistory() {
    ObjectNode processed =
        pipeline(rule("a", true, false)).process("default", TestCrashes.raw("{}"));
    assertEquals(0, processed.path("processor_history").size());
    assertTrue(processed.path("processor_history").isArray());
  }

  @Test
  void unknownRulesetIsRefused() {
    Pipeline pipeline = pipeline(rule("a", true, false));
    assertThrows(
        IllegalArgumentException.class, () -> pipeline.process("nope", TestCrashes.raw("{}")));
  }

  @Test
  void duplicateRulesetNamesAreRefused() {
    Ruleset one = new Ruleset("x", List.of());
    assertThrows(IllegalArgumentException.class, () -> new Rulesets(one, one));
  }
}
