package dev.breakwater.minidump.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostfixEvaluatorTest {
  /** 32-bit stack memory: 0x1000 -> 0x2000, 0x1004 -> 0x401234, 0x2000 -> 0x3000. */
  static final MemoryReader MEMORY =
      (address, size) -> {
        Map<Long, Long> words = Map.of(0x1000L, 0x2000L, 0x1004L, 0x401234L, 0x2000L, 0x3000L);
        Long value = words.get(address);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
      };

  private static OptionalLong value(String expression, Map<String, Long> dictionary, int size) {
    return PostfixEvaluator.evaluateForValue(expression, dictionary, MEMORY, size);
  }

  @Test
  void arithmeticOperators() {
    Map<String, Long> dict = Map.of("$a", 7L, "$b", 3L);
    assertEquals(10, value("$a $b +", dict, 4).getAsLong());
    assertEquals(4, value("$a $b -", dict, 4).getAsLong());
    assertEquals(21, value("$a $b *", dict, 4).getAsLong());
    assertEquals(2, value("$a $b /", dict, 4).getAsLong());
    assertEquals(1, value("$a $b %", dict, 4).getAsLong());
    assertEquals(0x1230, value("4663 16 @", dict, 4).getAsLong());
    assertEquals(0xfffffff0L, value("-1 16 @", dict, 4).getAsLong());
  }

  @Test
  void thirtyTwoBitValuesWrap() {
    assertEquals(0xfffffffcL, value("0 4 -", Map.of(), 4).getAsLong());
    assertEquals(0xfffffffffffffffcL, value("0 4 -", Map.of(), 8).getAsLong());
    assertEquals(0, value("4294967295 1 +", Map.of(), 4).getAsLong());
    assertEquals(0xfffffff8L, value("-8", Map.of(), 4).getAsLong());
    // unsigned division
    assertEquals(0x7fffffffL, value("-1 2 /", Map.of(), 4).getAsLong());
    // a literal that does not fit the value type is an (unknown) identifier
    assertTrue(value("4294967296", Map.of(), 4).isEmpty());
    assertEquals(4294967296L, value("4294967296", Map.of(), 8).getAsLong());
    assertEquals(1, value("$x", Map.of("$x", 0x1_0000_0001L), 4).getAsLong());
  }

  @Test
  void dereference() {
    assertEquals(0x2000, value("4096 ^", Map.of(), 4).getAsLong());
    assertEquals(0x3000, value("4096 ^ ^", Map.of(), 4).getAsLong());
    assertTrue(value("8 ^", Map.of(), 4).isEmpty());
    assertTrue(PostfixEvaluator.evaluateForValue("4096 ^", Map.of(), null, 4).isEmpty());
  }

  @Test
  void errors() {
    assertTrue(value("1 +", Map.of(), 4).isEmpty());
    assertTrue(value("1 2", Map.of(), 4).isEmpty());
    assertTrue(value("", Map.of(), 4).isEmpty());
    assertTrue(value("$unknown", Map.of(), 4).isEmpty());
    assertTrue(value("0x10", Map.of(), 4).isEmpty());
    assertTrue(value("1 0 /", Map.of(), 4).isEmpty());
    assertTrue(value("1 0 %", Map.of(), 4).isEmpty());
    assertTrue(value("1 ".repeat(2000), Map.of(), 8).isEmpty());
    assertTrue(value("1".repeat(70_000), Map.of(), 8).isEmpty());
  }

  @Test
  void programAssignsVariables() {
    Map<String, Long> dict = new HashMap<>(Map.of("$ebp", 0x1000L, "$esp", 0x900L));
    Set<String> assigned = new HashSet<>();
    String program = "$T0 $ebp = $eip $T0 4 + ^ = $ebp $T0 ^ = $esp $T0 8 + =";
    assertTrue(PostfixEvaluator.evaluate(program, dict, MEMORY, 4, assigned));
    assertEquals(0x401234L, dict.get("$eip"));
    assertEquals(0x2000L, dict.get("$ebp"));
    assertEquals(0x1008L, dict.get("$esp"));
    assertEquals(Set.of("$T0", "$eip", "$ebp", "$esp"), assigned);
  }

  /** MSVS 2010 LTO writes "=" against the next token; Breakpad splits it off. */
  @Test
  void assignmentSmashedAgainstNextToken() {
    Map<String, Long> dict = new HashMap<>(Map.of("$ebp", 0x1000L));
    assertTrue(
        PostfixEvaluator.evaluate("$T0 $ebp 0 + =$eip $T0 4 + ^ =$ebp $T0 ^ =", dict, MEMORY, 4));
    assertEquals(0x401234L, dict.get("$eip"));
    assertEquals(0x2000L, dict.get("$ebp"));
  }

  @Test
  void assignmentRules() {
    Map<String, Long> dict = new HashMap<>();
    assertFalse(PostfixEvaluator.evaluate("5 6 =", dict, MEMORY, 4));
    assertFalse(PostfixEvaluator.evaluate("notdollar 6 =", dict, MEMORY, 4));
    assertFalse(PostfixEvaluator.evaluate("$a 1 2 + + =", dict, MEMORY, 4));
    assertFalse(PostfixEvaluator.evaluate("$a 1 = 7", dict, MEMORY, 4));
    // the assignment before the leftover value stays, as in Breakpad
    assertEquals(1L, dict.get("$a"));
    assertTrue(PostfixEvaluator.evaluate("", dict, MEMORY, 4));
  }

  @Test
  void literalForms() {
    assertEquals(5, value("+5", Map.of(), 4).getAsLong());
    assertEquals(5, value("--5", Map.of(), 4).getAsLong());
    assertEquals(7, value("007", Map.of(), 4).getAsLong());
    assertEquals(-1L, value("18446744073709551615", Map.of(), 8).getAsLong());
    assertTrue(value("18446744073709551616", Map.of(), 8).isEmpty());
    assertTrue(value("-", Map.of("-", 1L), 4).isEmpty());
  }
}
