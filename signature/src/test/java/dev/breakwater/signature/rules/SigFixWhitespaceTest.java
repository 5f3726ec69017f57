package dev.breakwater.signature.rules;

import static dev.breakwater.signature.SignatureTestSupport.crash;
import static dev.breakwater.signature.SignatureTestSupport.stateWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.breakwater.signature.SignatureState;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SigFixWhitespaceTest {

  static List<List<String>> signatures() {
    return List.of(
        // Leading and trailing whitespace goes
        List.of("all   good", "all good"),
        List.of("all   good     ", "all good"),
        List.of("    all   good  ", "all good"),
        // Other whitespace becomes spaces
        List.of("all\tgood", "all good"),
        List.of("all\n\ngood", "all good"),
        List.of("\u00a0all\u2003good\u00a0", "all good"),
        // Runs of spaces become one
        List.of("all  |  good", "all | good"));
  }

  @ParameterizedTest
  @MethodSource("signatures")
  void fixesWhitespace(List<String> testCase) {
    SignatureState state = stateWith(testCase.get(0));
    new SigFixWhitespace().action(crash("{}"), state);
    assertEquals(testCase.get(1), state.signature());
  }

  @Test
  void leavesTheDebugLogAloneWhenNothingChanges() {
    SignatureState state = stateWith("all good");
    new SigFixWhitespace().action(crash("{}"), state);
    assertEquals(1, state.debugLog().size());
  }
}
