package dev.breakwater.signature;

import static dev.breakwater.signature.SignatureTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.signature.lists.SignatureListsSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignatureGeneratorTest {

  @Test
  void emptyCrash() {
    SignatureResult result = new SignatureGenerator().generate(json("{}"));
    assertEquals("EMPTY: no crashing thread identified", result.signature());
    assertNull(result.protoSignature());
    assertEquals(
        List.of("SignatureGenerationRule: CSignatureTool: no crashing thread identified"),
        result.notes());
  }

  @Test
  void aFailingRuleIsNotedAndTheOthersRun() {
    SignatureRule failing =
        new SignatureRule() {
          @Override
          public String name() {
            return "BadRule";
          }

          @Override
          public void action(CrashData crash, SignatureState state) {
            throw new IllegalStateException("Cough");
          }
        };
    SignatureRule next = (crash, state) -> state.setSignature("Next", "still here");
    SignatureResult result = new SignatureGenerator(List.of(failing, next)).generate(json("{}"));
    assertEquals("still here", result.signature());
    assertEquals(List.of("BadRule: Rule failed"), result.notes());
  }

  @Test
  void aFailingPredicateIsNotedToo() {
    SignatureRule failing =
        new SignatureRule() {
          @Override
          public boolean predicate(CrashData crash, SignatureState state) {
            throw new IllegalArgumentException("no");
          }

          @Override
          public void action(CrashData crash, SignatureState state) {
            state.setSignature("never", "never");
          }
        };
    SignatureResult result = new SignatureGenerator(List.of(failing)).generate(json("{}"));
    assertEquals("", result.signature());
    assertEquals(1, result.notes().size());
    assertTrue(result.notes().get(0).endsWith(": Rule failed"), result.notes().get(0));
    assertFalse(result.notes().get(0).contains("Exception"), result.notes().get(0));
  }

  @Test
  void theCrashIsNotModified() {
    JsonNode crash =
        json(
            """
            {"crashing_thread": 0, "os_name": "Windows NT", "json_dump": {"threads": [
              {"frames": [{"module": "XUL.DLL", "module_offset": "0x0001"}]}]}}
            """);
    JsonNode copy = crash.deepCopy();
    new SignatureGenerator().generate(crash);
    assertEquals(copy, crash);
  }

  @Test
  void listsFromADirectoryApplyWithoutRestart(@TempDir Path dir) throws IOException {
    JsonNode crash =
        json(
            """
            {"crashing_thread": 0, "json_dump": {"threads": [{"frames": [
              {"function": "mozilla::dom::Foo::Bar()"}, {"function": "mozilla::dom::Caller()"}]}]}}
            """);
    SignatureGenerator generator =
        new SignatureGenerator(SignatureListsSource.reloading(dir, Duration.ZERO));
    assertEquals("mozilla::dom::Foo::Bar", generator.generate(crash).signature());

    Files.writeString(dir.resolve("prefix_signature_re.txt"), "mozilla::dom::Foo::\n");
    SignatureResult result = generator.generate(crash);
    assertEquals("mozilla::dom::Foo::Bar | mozilla::dom::Caller", result.signature());
    assertTrue(
        result.debugLog().contains("SignatureGenerationRule: using signature lists from " + dir));
  }

  @Test
  void nullCrashIsAClearError() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new SignatureGenerator().generate(null));
    assertEquals("processed crash", e.getMessage());
  }

  @Test
  void defaultRulesInOrder() {
    List<String> names =
        new SignatureGenerator().rules().stream().map(SignatureRule::name).toList();
    assertEquals(
        List.of(
            "SignatureGenerationRule",
            "StackwalkerErrorSignatureRule",
            "BadHardware",
            "OOMSignature",
            "AbortSignature",
            "SignatureShutdownTimeout",
            "SignatureRunWatchDog",
            "SignatureIPCChannelError",
            "SignatureIPCMessageName",
            "SignatureParentIDNotEqualsChildID",
            "StackOverflowSignature",
            "SignatureJitCategory",
            "SigPrintableCharsOnly",
            "SigFixWhitespace",
            "SigTruncate"),
        names);
  }
}
