package dev.breakwater.processor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.TestCrashes;
import dev.breakwater.signature.CrashData;
import dev.breakwater.signature.SignatureGenerator;
import dev.breakwater.signature.SignatureRule;
import dev.breakwater.signature.SignatureState;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureGeneratorRuleTest {

  /** Signs with the crash reason, and notes it. */
  private static final SignatureRule BY_REASON =
      new SignatureRule() {
        @Override
        public void action(CrashData crash, SignatureState state) {
          state.setSignature(name(), "fn | " + crash.reason());
          state.setProtoSignature("fn | caller");
          state.info(name(), "note");
        }

        @Override
        public String name() {
          return "ByReason";
        }
      };

  @Test
  void storesSignatureProtoSignatureDebugLogAndNotes() {
    ProcessingCrash report = TestCrashes.processed("{'reason': 'SIGSEGV'}");
    new SignatureGeneratorRule(new SignatureGenerator(List.of(BY_REASON))).action(report);
    var processed = report.processedCrash();
    assertEquals("fn | SIGSEGV", processed.path("signature").asText());
    assertEquals("fn | caller", processed.path("proto_signature").asText());
    assertEquals(
        "ByReason: change signature: \"\" -> \"fn | SIGSEGV\"",
        processed.path("signature_debug").asText());
    assertTrue(report.notes().asList().contains("ByReason: note"));
  }

  @Test
  void aMissingProtoSignatureRemovesAStaleOne() {
    ProcessingCrash report = TestCrashes.processed("{'proto_signature': 'old'}");
    new SignatureGeneratorRule(new SignatureGenerator(List.of())).action(report);
    assertFalse(report.processedCrash().has("proto_signature"));
  }

  @Test
  void theRealGeneratorSignsTheCrashingFrame() {
    ProcessingCrash report =
        TestCrashes.processed(
            "{'crashing_thread': 0, 'os_name': 'Linux', 'json_dump': {'threads': [{'frames': ["
                + "{'frame': 0, 'module': 'app', 'function': 'crash_here(int)'},"
                + "{'frame': 1, 'module': 'app', 'function': 'main'}]}]}}");
    new SignatureGeneratorRule(new SignatureGenerator()).action(report);
    assertEquals("crash_here", report.processedCrash().path("signature").asText());
  }
}
