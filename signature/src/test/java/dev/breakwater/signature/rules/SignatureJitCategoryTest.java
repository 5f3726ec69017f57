package dev.breakwater.signature.rules;

import static dev.breakwater.signature.SignatureTestSupport.crash;
import static dev.breakwater.signature.SignatureTestSupport.stateWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.breakwater.signature.SignatureState;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignatureJitCategoryTest {

  private final SignatureJitCategory rule = new SignatureJitCategory();

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "{} ; false",
        "'{\"jit_category\": \"\"}' ; false",
        "'{\"jit_category\": \"JIT Crash\"}' ; true",
        "'{\"classifications\": {\"jit\": {\"category\": \"JIT Crash\"}}}' ; true",
      })
  void predicate(String crash, boolean expected) {
    assertEquals(expected, rule.predicate(crash(crash), stateWith("")));
  }

  @Test
  void action() {
    SignatureState state = stateWith("foo::bar");
    rule.action(crash("{\"jit_category\": \"JIT Crash\"}"), state);
    assertEquals("jit | JIT Crash", state.signature());
    assertEquals(
        List.of(
            "SignatureJitCategory: Signature replaced with a JIT Crash Category, was:"
                + " \"foo::bar\""),
        state.notes());
  }
}
