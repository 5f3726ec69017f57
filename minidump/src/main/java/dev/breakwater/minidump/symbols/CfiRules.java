package dev.breakwater.minidump.symbols;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The STACK CFI rule set in effect at one address: the STACK CFI INIT rules plus every STACK CFI
 * delta up to the address (Breakpad's CFIFrameInfo).
 */
public final class CfiRules {
  private String cfaRule = "";
  private String raRule = "";
  private final TreeMap<String, String> registerRules = new TreeMap<>();

  CfiRules() {}

  /** Rule computing the canonical frame address, or the empty string when there is none. */
  public String cfaRule() {
    return cfaRule;
  }

  /** Rule computing the return address, or the empty string when there is none. */
  public String raRule() {
    return raRule;
  }

  /** Rules for other registers, by register name as written in the {@code .sym} file. */
  public Map<String, String> registerRules() {
    return Collections.unmodifiableMap(registerRules);
  }

  /**
   * Breakpad's CFIFrameInfo::FindCallerRegs: evaluates {@code .cfa} first, then {@code .ra} and
   * every other register rule with {@code .cfa} defined, reading memory through {@code memory}.
   * Register names are the ones used in the .sym file ({@code $rsp}/{@code rsp}, {@code $eip},
   * {@code x29}, {@code pc}, {@code sp}, ...), given without renaming. Returns the caller's
   * registers, including ".cfa" and ".ra", or null when a needed rule cannot be evaluated; a
   * register whose own rule fails is left out. addressSize is 4 or 8 (values are masked to 32 bits
   * for 4).
   */
  public Map<String, Long> findCallerRegisters(
      Map<String, Long> calleeRegisters, MemoryReader memory, int addressSize) {
    if (cfaRule.isEmpty() || raRule.isEmpty()) {
      return null;
    }
    OptionalLong cfa =
        PostfixEvaluator.evaluateForValue(
            cfaRule, new HashMap<>(calleeRegisters), memory, addressSize);
    if (cfa.isEmpty()) {
      return null;
    }
    OptionalLong ra =
        PostfixEvaluator.evaluateForValue(
            raRule, withCfa(calleeRegisters, cfa.getAsLong()), memory, addressSize);
    if (ra.isEmpty()) {
      return null;
    }
    Map<String, Long> caller = new LinkedHashMap<>();
    for (Map.Entry<String, String> rule : registerRules.entrySet()) {
      OptionalLong value =
          PostfixEvaluator.evaluateForValue(
              rule.getValue(), withCfa(calleeRegisters, cfa.getAsLong()), memory, addressSize);
      if (value.isPresent()) {
        caller.put(rule.getKey(), value.getAsLong());
      }
    }
    caller.put(".ra", ra.getAsLong());
    caller.put(".cfa", cfa.getAsLong());
    return caller;
  }

  private static Map<String, Long> withCfa(Map<String, Long> registers, long cfa) {
    Map<String, Long> working = new HashMap<>(registers);
    working.put(".cfa", cfa);
    return working;
  }

  /**
   * Applies one rule set ({@code .cfa: $rsp 8 + .ra: .cfa -8 + ^ $rbx: .cfa -16 + ^}) the way
   * Breakpad's CFIRuleParser does: a token ending in ':' names a register, the following tokens are
   * its expression. Rules before a malformed one stay applied; returns false for a malformed or
   * empty rule set.
   */
  boolean apply(String ruleSet) {
    String name = "";
    StringBuilder expression = new StringBuilder();
    int length = ruleSet.length();
    int i = 0;
    while (true) {
      while (i < length && isTokenBreak(ruleSet.charAt(i))) {
        i++;
      }
      if (i == length) {
        return report(name, expression);
      }
      int start = i;
      while (i < length && !isTokenBreak(ruleSet.charAt(i))) {
        i++;
      }
      if (ruleSet.charAt(i - 1) == ':') {
        if (i - start < 2) {
          return false;
        }
        if ((!name.isEmpty() || expression.length() > 0) && !report(name, expression)) {
          return false;
        }
        name = ruleSet.substring(start, i - 1);
        expression.setLength(0);
      } else {
        if (expression.length() > 0) {
          expression.append(' ');
        }
        expression.append(ruleSet, start, i);
      }
    }
  }

  private boolean report(String name, StringBuilder expression) {
    if (name.isEmpty() || expression.length() == 0) {
      return false;
    }
    String rule = expression.toString();
    switch (name) {
      case ".cfa" -> cfaRule = rule;
      case ".ra" -> raRule = rule;
      default -> registerRules.put(name, rule);
    }
    return true;
  }

  private static boolean isTokenBreak(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (!cfaRule.isEmpty()) {
      out.append(".cfa: ").append(cfaRule);
    }
    if (!raRule.isEmpty()) {
      out.append(out.length() > 0 ? " " : "").append(".ra: ").append(raRule);
    }
    for (Map.Entry<String, String> rule : registerRules.entrySet()) {
      out.append(out.length() > 0 ? " " : "").append(rule.getKey()).append(": ");
      out.append(rule.getValue());
    }
    return out.toString();
  }
}
