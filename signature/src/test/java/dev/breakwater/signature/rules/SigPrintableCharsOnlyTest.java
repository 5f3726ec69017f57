package dev.breakwater.signature.rules;

import static dev.breakwater.signature.SignatureTestSupport.crash;
import static dev.breakwater.signature.SignatureTestSupport.stateWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.breakwater.signature.SignatureState;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SigPrintableCharsOnlyTest {

  private final SigPrintableCharsOnly rule = new SigPrintableCharsOnly();

  static List<List<String>> signatures() {
    return List.of(
        List.of("IPCError-content | ShutDownKill\u0000", "IPCError-content | ShutDownKill"),
        List.of("Abort | caf\u00e9 | f", "Abort | caf | f"),
        List.of("a\u0007b\u001cc", "abc"),
        List.of("emoji \ud83d\udca5 | f", "emoji  | f"),
        // Whitespace stays for SigFixWhitespace
        List.of("all\tgood\u00a0now", "all\tgood\u00a0now"));
  }

  @ParameterizedTest
  @MethodSource("signatures")
  void keepsPrintableCharacters(List<String> testCase) {
    SignatureState state = stateWith(testCase.get(0));
    if (rule.predicate(crash("{}"), state)) {
      rule.action(crash("{}"), state);
    }
    assertEquals(testCase.get(1), state.signature());
  }

  @Test
  void plainSignaturesAreLeftAlone() {
    assertFalse(rule.predicate(crash("{}"), stateWith("js::GCMarker::drainMarkStack | f")));
  }

  @Test
  void notesTheRemoval() {
    SignatureState state = stateWith("a\u0000");
    rule.action(crash("{}"), state);
    assertEquals(
        List.of("SigPrintableCharsOnly: non-printable characters removed from signature"),
        state.notes());
  }
}
