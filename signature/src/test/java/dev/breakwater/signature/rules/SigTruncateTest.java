package dev.breakwater.signature.rules;

import static dev.breakwater.signature.SignatureTestSupport.crash;
import static dev.breakwater.signature.SignatureTestSupport.stateWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.signature.SignatureState;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigTruncateTest {

  private final SigTruncate rule = new SigTruncate();

  @Test
  void predicate() {
    assertFalse(rule.predicate(crash("{}"), stateWith("0".repeat(100))));
    assertFalse(rule.predicate(crash("{}"), stateWith("0".repeat(255))));
    assertTrue(rule.predicate(crash("{}"), stateWith("9".repeat(256))));
  }

  @Test
  void action() {
    SignatureState state = stateWith("9".repeat(256));
    rule.action(crash("{}"), state);
    assertEquals("9".repeat(252) + "...", state.signature());
    assertEquals(
        List.of("SigTruncate: SigTrunc: signature truncated due to length"), state.notes());
  }
}
