package dev.breakwater.minidump.symbols;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Fuzzes the postfix evaluator (STACK WIN programs) and CFI rule sets: evaluation may fail but must
 * never throw, and 32-bit evaluation must only produce 32-bit values.
 */
class PostfixEvaluatorFuzzTest {

  @FuzzTest(maxDuration = "5s")
  void evaluateProgramsAndRules(FuzzedDataProvider data) {
    int addressSize = data.consumeBoolean() ? 4 : 8;
    long seed = data.consumeLong();
    MemoryReader memory =
        (address, size) ->
            (address & 3) == 0 ? OptionalLong.of(address * seed) : OptionalLong.empty();
    Map<String, Long> registers = new HashMap<>();
    registers.put("$esp", data.consumeLong());
    registers.put("$ebp", data.consumeLong());
    registers.put("$rsp", data.consumeLong());
    registers.put("sp", data.consumeLong());
    registers.put(".raSearch", data.consumeLong());
    String program = data.consumeRemainingAsString();

    Map<String, Long> dictionary = new HashMap<>(registers);
    PostfixEvaluator.evaluate(program, dictionary, memory, addressSize);
    checkWidth(dictionary.values(), addressSize, registers);
    PostfixEvaluator.evaluateForValue(program, registers, memory, addressSize)
        .ifPresent(value -> checkWidth(java.util.List.of(value), addressSize, Map.of()));

    CfiRules rules = new CfiRules();
    if (rules.apply(program)) {
      Map<String, Long> caller = rules.findCallerRegisters(registers, memory, addressSize);
      if (caller != null) {
        checkWidth(caller.values(), addressSize, Map.of());
      }
    }
  }

  private static void checkWidth(
      Iterable<Long> values, int addressSize, Map<String, Long> unchangedInputs) {
    if (addressSize != 4) {
      return;
    }
    for (Long value : values) {
      if ((value >>> 32) != 0 && !unchangedInputs.containsValue(value)) {
        throw new IllegalStateException("32-bit evaluation produced " + Long.toHexString(value));
      }
    }
  }
}
