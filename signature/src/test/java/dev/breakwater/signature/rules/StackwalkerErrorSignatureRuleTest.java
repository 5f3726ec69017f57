package dev.breakwater.signature.rules;

import static dev.breakwater.signature.SignatureTestSupport.crash;
import static dev.breakwater.signature.SignatureTestSupport.stateWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.breakwater.signature.SignatureState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StackwalkerErrorSignatureRuleTest {

  private final StackwalkerErrorSignatureRule rule = new StackwalkerErrorSignatureRule();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{} | 0000 | false",
        "{} | EMPTY: like my soul | false",
        "'{\"mdsw_status_string\": \"catastrophic stackwalker failure\"}' | EMPTY: like my soul | true",
        "'{\"json_dump\": {\"status\": \"ERROR_NO_MINIDUMP_HEADER\"}}' | EMPTY: like my soul | true",
        "'{\"mdsw_status_string\": \"catastrophic stackwalker failure\"}' | foo | false",
      })
  void predicate(String crash, String signature, boolean expected) {
    assertEquals(expected, rule.predicate(crash(crash), stateWith(signature)));
  }

  @Test
  void action() {
    SignatureState state = stateWith("EMPTY: like my soul");
    rule.action(crash("{\"mdsw_status_string\": \"catastrophic stackwalker failure\"}"), state);
    assertEquals("EMPTY: like my soul; catastrophic stackwalker failure", state.signature());
  }
}
