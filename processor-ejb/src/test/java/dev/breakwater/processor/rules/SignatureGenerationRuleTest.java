package dev.breakwater.processor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.processor.pipeline.CrashReport;
import dev.breakwater.processor.pipeline.TestCrashes;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureGenerationRuleTest {

  @Test
  void storesSignatureProtoSignatureDebugLogAndNotes() {
    SignatureGeneration fake =
        crash ->
            new GeneratedSignature(
                "fn | " + crash.path("reason").asText(),
                "fn | caller",
                List.of("SignatureGenerator: note"),
                List.of("step 1", "step 2"));
    CrashReport report = TestCrashes.processed("{'reason': 'SIGSEGV'}");
    new SignatureGenerationRule(fake).action(report);
    var processed = report.processedCrash();
    assertEquals("fn | SIGSEGV", processed.path("signature").asText());
    assertEquals("fn | caller", processed.path("proto_signature").asText());
    assertEquals("step 1\nstep 2", processed.path("signature_debug").asText());
    assertTrue(report.notes().asList().contains("SignatureGenerator: note"));
  }

  @Test
  void aMissingProtoSignatureRemovesAStaleOne() {
    SignatureGeneration fake =
        crash ->
            new GeneratedSignature(
                "EMPTY: no crashing thread identified", null, List.of(), List.of());
    CrashReport report = TestCrashes.processed("{'proto_signature': 'old'}");
    new SignatureGenerationRule(fake).action(report);
    assertFalse(report.processedCrash().has("proto_signature"));
    assertEquals(
        "EMPTY: no crashing thread identified", report.processedCrash().path("signature").asText());
  }
}
