package dev.breakwater.signature.rules;

import static dev.breakwater.signature.SignatureTestSupport.JSON;
import static dev.breakwater.signature.SignatureTestSupport.stateWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.breakwater.signature.CrashData;
import dev.breakwater.signature.SignatureState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AbortSignatureTest {

  private final AbortSignature rule = new AbortSignature();

  private static CrashData withAbortMessage(String key, String message) {
    return CrashData.of(JSON.valueToTree(Map.of(key, message)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "abort_message | something | true",
        "AbortMessage | something | true",
        "abort_message | '' | false",
        "other | something | false"
      })
  void predicate(String key, String message, boolean expected) {
    assertEquals(expected, rule.predicate(withAbortMessage(key, message), stateWith("hello")));
  }

  static List<List<String>> messages() {
    return List.of(
        List.of("unknown", "Abort | unknown | hello"),
        List.of("a".repeat(81), "Abort | " + "a".repeat(77) + "... | hello"),
        List.of("a".repeat(80), "Abort | " + "a".repeat(80) + " | hello"),
        // Only the part after the "###!!! ABORT:" preamble
        List.of("[5392] ###!!! ABORT: foo bar line 42", "Abort | foo bar line 42 | hello"),
        // File name and line number go
        List.of(
            "[7616] ###!!! ABORT: unsafe destruction: file"
                + " c:/builds/moz2_slave/m-rel-w32-00000000000000000000/build/src/"
                + "dom/plugins/ipc/PluginModuleParent.cpp, line 777",
            "Abort | unsafe destruction | hello"),
        // Messages with nothing but a location only mark the signature
        List.of("[204] ###!!! ABORT: file ?, ", "Abort | hello"),
        List.of(
            "[4648] ###!!! ABORT: file resource:///modules/sessionstore/SessionStore.jsm, line 1459",
            "Abort | hello"),
        // The localized font name goes
        List.of(
            "unable to find a usable font (\u5fae\u8f6f\u96c5\u9ed1)",
            "Abort | unable to find a usable font | hello"),
        // Non-ASCII characters go
        List.of("\u018a unknown", "Abort | unknown | hello"));
  }

  @ParameterizedTest
  @MethodSource("messages")
  void action(List<String> testCase) {
    SignatureState state = stateWith("hello");
    rule.action(withAbortMessage("abort_message", testCase.get(0)), state);
    assertEquals(testCase.get(1), state.signature());
  }
}
