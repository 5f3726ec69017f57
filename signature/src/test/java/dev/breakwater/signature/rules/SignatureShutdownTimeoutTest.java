package dev.breakwater.signature.rules;

import static dev.breakwater.signature.SignatureTestSupport.JSON;
import static dev.breakwater.signature.SignatureTestSupport.crash;
import static dev.breakwater.signature.SignatureTestSupport.stateWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.signature.CrashData;
import dev.breakwater.signature.SignatureState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignatureShutdownTimeoutTest {

  private static final String REPLACED =
      "SignatureShutdownTimeout: Signature replaced with a Shutdown Timeout signature, was: \"foo\"";

  private final SignatureShutdownTimeout rule = new SignatureShutdownTimeout();

  /** A crash whose AsyncShutdownTimeout annotation is {@code annotation} (a JSON text). */
  private static CrashData withAnnotation(String annotation) {
    return CrashData.of(JSON.valueToTree(Map.of("AsyncShutdownTimeout", annotation)));
  }

  @Test
  void predicate() {
    assertFalse(rule.predicate(crash("{}"), stateWith("")));
    assertFalse(rule.predicate(withAnnotation(""), stateWith("")));
    assertTrue(rule.predicate(withAnnotation("{\"foo\": \"bar\"}"), stateWith("")));
    assertTrue(
        rule.predicate(crash("{\"async_shutdown_timeout\": {\"phase\": \"x\"}}"), stateWith("")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "'{\"phase\": \"beginning\", \"conditions\": [{\"name\": \"A\"}, {\"name\": \"B\"}]}'"
            + " ; AsyncShutdownTimeout | beginning | A,B",
        "'{\"phase\": \"beginning\", \"conditions\": [\"C\", \"A\", \"B\"]}'"
            + " ; AsyncShutdownTimeout | beginning | A,B,C",
        "'{\"phase\": \"beginning\", \"conditions\": []}' ; AsyncShutdownTimeout | beginning | (none)",
        "'{\"phase\": \"beginning\"}' ; AsyncShutdownTimeout | beginning | (none)",
        "'{\"no\": \"phase or condition\"}' ; AsyncShutdownTimeout | (unknown) | (none)",
        "'{\"phase\": 3, \"conditions\": [7, \"x\"]}' ; AsyncShutdownTimeout | (unknown) | 7,x",
      })
  void replacesTheSignature(String annotation, String expected) {
    SignatureState state = stateWith("foo");
    rule.action(withAnnotation(annotation), state);
    assertEquals(expected, state.signature());
    assertEquals(List.of(REPLACED), state.notes());
  }

  @Test
  void parsedAnnotationWorksToo() {
    SignatureState state = stateWith("foo");
    rule.action(
        crash("{\"async_shutdown_timeout\": {\"phase\": \"p\", \"conditions\": [\"B\", \"A\"]}}"),
        state);
    assertEquals("AsyncShutdownTimeout | p | A,B", state.signature());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "{{{{ ; AsyncShutdownTimeout | UNKNOWN",
        "[1, 2] ; AsyncShutdownTimeout | UNKNOWN",
        // What was read before the error stays
        "'{\"phase\": \"p\", \"conditions\": [{\"nom\": \"A\"}]}' ; AsyncShutdownTimeout | p | UNKNOWN",
      })
  void unparseableAnnotation(String annotation, String expected) {
    SignatureState state = stateWith("foo");
    rule.action(withAnnotation(annotation), state);
    assertEquals(expected, state.signature());
    assertEquals(2, state.notes().size());
    assertTrue(
        state
            .notes()
            .get(0)
            .startsWith("SignatureShutdownTimeout: Error parsing AsyncShutdownTimeout:"),
        state.notes().get(0));
    assertEquals(REPLACED, state.notes().get(1));
  }
}
