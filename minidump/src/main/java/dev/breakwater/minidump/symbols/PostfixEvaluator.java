package dev.breakwater.minidump.symbols;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** Placeholder: evaluates nothing. */
public final class PostfixEvaluator {
  private PostfixEvaluator() {}

  public static boolean evaluate(
      String program, Map<String, Long> dictionary, MemoryReader memory, int addressSize) {
    return false;
  }

  public static boolean evaluate(
      String program,
      Map<String, Long> dictionary,
      MemoryReader memory,
      int addressSize,
      Set<String> assigned) {
    return false;
  }

  public static OptionalLong evaluateForValue(
      String expression, Map<String, Long> dictionary, MemoryReader memory, int addressSize) {
    return OptionalLong.empty();
  }
}
