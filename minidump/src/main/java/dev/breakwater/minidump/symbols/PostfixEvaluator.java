package dev.breakwater.minidump.symbols;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Breakpad's PostfixEvaluator, used by STACK WIN program strings and STACK CFI rules.
 *
 * <p>Tokens are separated by whitespace. Binary operators {@code + - * / % @} pop two operands,
 * {@code ^} dereferences the top of the stack through the {@link MemoryReader}, {@code =} assigns
 * to a {@code $}-variable. Anything else is a decimal literal (an optional leading {@code -}
 * negates it) or an identifier looked up in the dictionary ({@code $esp}, {@code .cfa}, {@code
 * .raSearchStart}, ...). Arithmetic is unsigned, modulo 2^32 for {@code addressSize} 4 and 2^64 for
 * 8, as Breakpad's {@code uint32_t} and {@code uint64_t} instantiations. Unlike Breakpad, division
 * by zero is an error rather than undefined behaviour, and programs are bounded in length and stack
 * depth so that hostile symbol files cannot exhaust memory.
 */
public final class PostfixEvaluator {

  /** Longest program or expression evaluated; real ones are well under 1 KiB. */
  static final int MAX_PROGRAM_LENGTH = 64 * 1024;

  /** Deepest operand stack allowed. */
  static final int MAX_STACK_DEPTH = 1024;

  private final Map<String, Long> dictionary;
  private final MemoryReader memory;
  private final long mask;
  private final int addressSize;
  private final Set<String> assigned;
  private final long[] values = new long[16];
  private final String[] tokens = new String[16];
  private long[] valueStack = values;
  private String[] tokenStack = tokens;
  private int depth;

  private PostfixEvaluator(
      Map<String, Long> dictionary, MemoryReader memory, int addressSize, Set<String> assigned) {
    if (addressSize != 4 && addressSize != 8) {
      throw new IllegalArgumentException("addressSize must be 4 or 8: " + addressSize);
    }
    this.dictionary = dictionary;
    this.memory = memory;
    this.addressSize = addressSize;
    this.mask = addressSize == 4 ? 0xFFFF_FFFFL : -1L;
    this.assigned = assigned;
  }

  /**
   * Runs a program of assignments ({@code $eip $esp ^ =} ...), updating {@code dictionary}. Returns
   * false on error; assignments made before the error stay in the dictionary, as in Breakpad.
   */
  public static boolean evaluate(
      String program, Map<String, Long> dictionary, MemoryReader memory, int addressSize) {
    return evaluate(program, dictionary, memory, addressSize, null);
  }

  /**
   * Like {@link #evaluate(String, Map, MemoryReader, int)}, also adding the name of every variable
   * the program assigned to {@code assigned} (Breakpad's dictionary validity map, which the x86
   * walker uses to check that {@code $eip} and {@code $esp} were recovered).
   */
  public static boolean evaluate(
      String program,
      Map<String, Long> dictionary,
      MemoryReader memory,
      int addressSize,
      Set<String> assigned) {
    PostfixEvaluator evaluator = new PostfixEvaluator(dictionary, memory, addressSize, assigned);
    return evaluator.run(program) && evaluator.depth == 0;
  }

  /** Evaluates one expression to a value ({@code $esp 4 +}), empty on error. */
  public static OptionalLong evaluateForValue(
      String expression, Map<String, Long> dictionary, MemoryReader memory, int addressSize) {
    PostfixEvaluator evaluator = new PostfixEvaluator(dictionary, memory, addressSize, null);
    if (!evaluator.run(expression) || evaluator.depth != 1) {
      return OptionalLong.empty();
    }
    return evaluator.popValue();
  }

  private boolean run(String program) {
    if (program == null || program.length() > MAX_PROGRAM_LENGTH) {
      return false;
    }
    int length = program.length();
    int i = 0;
    while (i < length) {
      while (i < length && isSpace(program.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < length && !isSpace(program.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      if (!runToken(program.substring(start, i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Folklore: MSVS 2010 in LTO mode writes the assignment operator against the next token, as in
   * {@code $T0 $ebp 128 + =$eip $T0 4 + ^ =$ebp $T0 ^ =}; Breakpad splits it off (covered by
   * PostfixEvaluatorTest#assignmentSmashedAgainstNextToken).
   */
  private boolean runToken(String token) {
    if (token.length() > 1 && token.charAt(0) == '=') {
      return evaluateToken("=") && evaluateToken(token.substring(1));
    }
    return evaluateToken(token);
  }

  private boolean evaluateToken(String token) {
    if (token.length() == 1) {
      char op = token.charAt(0);
      switch (op) {
        case '+', '-', '*', '/', '%', '@':
          return binary(op);
        case '^':
          return dereference();
        case '=':
          return assign();
        default:
          break;
      }
    }
    return push(0, token);
  }

  private boolean binary(char op) {
    OptionalLong right = popValue();
    if (right.isEmpty()) {
      return false;
    }
    OptionalLong left = popValue();
    if (left.isEmpty()) {
      return false;
    }
    long a = left.getAsLong();
    long b = right.getAsLong();
    long result;
    switch (op) {
      case '+' -> result = a + b;
      case '-' -> result = a - b;
      case '*' -> result = a * b;
      case '/' -> {
        if (b == 0) {
          return false;
        }
        result = Long.divideUnsigned(a, b);
      }
      case '%' -> {
        if (b == 0) {
          return false;
        }
        result = Long.remainderUnsigned(a, b);
      }
      default -> result = a & (-1L ^ (b - 1));
    }
    return push(result & mask, null);
  }

  private boolean dereference() {
    if (memory == null) {
      return false;
    }
    OptionalLong address = popValue();
    if (address.isEmpty()) {
      return false;
    }
    OptionalLong value = memory.read(address.getAsLong(), addressSize);
    if (value == null || value.isEmpty()) {
      return false;
    }
    return push(value.getAsLong() & mask, null);
  }

  private boolean assign() {
    OptionalLong value = popValue();
    if (value.isEmpty() || depth == 0) {
      return false;
    }
    depth--;
    String identifier = tokenStack[depth];
    if (identifier == null || parseLiteral(identifier).isPresent()) {
      return false;
    }
    if (identifier.isEmpty() || identifier.charAt(0) != '$') {
      return false;
    }
    dictionary.put(identifier, value.getAsLong());
    if (assigned != null) {
      assigned.add(identifier);
    }
    return true;
  }

  private boolean push(long value, String token) {
    if (depth == MAX_STACK_DEPTH) {
      return false;
    }
    if (depth == valueStack.length) {
      int capacity = Math.min(MAX_STACK_DEPTH, depth * 2);
      valueStack = java.util.Arrays.copyOf(valueStack, capacity);
      tokenStack = java.util.Arrays.copyOf(tokenStack, capacity);
    }
    valueStack[depth] = value;
    tokenStack[depth] = token;
    depth++;
    return true;
  }

  /** Pops a value: a computed value, a literal, or an identifier resolved in the dictionary. */
  private OptionalLong popValue() {
    if (depth == 0) {
      return OptionalLong.empty();
    }
    depth--;
    String token = tokenStack[depth];
    if (token == null) {
      return OptionalLong.of(valueStack[depth]);
    }
    OptionalLong literal = parseLiteral(token);
    if (literal.isPresent()) {
      return literal;
    }
    Long value = dictionary.get(token);
    return value == null ? OptionalLong.empty() : OptionalLong.of(value & mask);
  }

  /**
   * A decimal literal as Breakpad reads it with {@code istringstream >> ValueType}: an optional
   * leading {@code -} handled by Breakpad, then an optional sign accepted by the C++ library, then
   * decimal digits that must fit the value type, and nothing else.
   */
  OptionalLong parseLiteral(String token) {
    int i = 0;
    int length = token.length();
    boolean negative = false;
    if (i < length && token.charAt(i) == '-') {
      negative = true;
      i++;
    }
    boolean innerNegative = false;
    if (i < length && (token.charAt(i) == '+' || token.charAt(i) == '-')) {
      innerNegative = token.charAt(i) == '-';
      i++;
    }
    if (i == length) {
      return OptionalLong.empty();
    }
    long value = 0;
    for (; i < length; i++) {
      int digit = token.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return OptionalLong.empty();
      }
      if (Long.compareUnsigned(value, Long.divideUnsigned(mask - digit, 10)) > 0) {
        return OptionalLong.empty();
      }
      value = value * 10 + digit;
    }
    if (innerNegative) {
      value = -value;
    }
    if (negative) {
      value = -value;
    }
    return OptionalLong.of(value & mask);
  }

  /** C's isspace in the "C" locale, which {@code istringstream >> string} splits on. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }
}
