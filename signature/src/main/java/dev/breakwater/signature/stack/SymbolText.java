package dev.breakwater.signature.stack;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** Text operations on symbol names and source paths used to normalize frames. */
public final class SymbolText {

  private static final Map<Character, Character> DELIMITERS =
      Map.of('(', ')', '{', '}', '[', ']', '<', '>', '`', '\'');

  private SymbolText() {}

  /**
   * Replaces every top-level {@code open ... close} span (nesting counted) with {@code
   * replacement}, except where an exception string ends just before the opening delimiter or occurs
   * inside the span.
   *
   * <p>Examples with {@code <}, {@code >}, {@code <T>}: {@code Foo<bar<baz>>} becomes {@code
   * Foo<T>}; with the exception {@code IPC::ParamTraits}, {@code
   * IPC::ParamTraits<nsTSubstring<char> >} keeps its outer brackets; with {@code " as "}, {@code <A
   * as B>::f} is left alone. An unclosed span at the end is collapsed as well.
   */
  public static String collapse(
      String function, char open, char close, String replacement, List<String> exceptions) {
    StringBuilder collapsed = new StringBuilder(function.length());
    StringBuilder token = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < function.length(); i++) {
      char c = function.charAt(i);
      if (depth == 0) {
        if (c == open && !isException(exceptions, function.substring(0, i), "")) {
          depth = 1;
          token.setLength(0);
          token.append(c);
        } else {
          collapsed.append(c);
        }
      } else {
        token.append(c);
        if (c == open) {
          depth++;
        } else if (c == close && --depth == 0) {
          boolean keep = isException(exceptions, function.substring(0, i), token.toString());
          collapsed.append(keep ? token : replacement);
        }
      }
    }
    if (depth > 0) {
      String before = function.substring(0, function.length() - 1);
      boolean keep = isException(exceptions, before, token.toString());
      collapsed.append(keep ? token : replacement);
    }
    return collapsed.toString();
  }

  private static boolean isException(List<String> exceptions, String before, String token) {
    for (String exception : exceptions) {
      if (before.endsWith(exception) || token.contains(exception)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops storage class and return type from a function signature, e.g. {@code static void *
   * Allocator<MozJemallocBase>::malloc(unsigned __int64)} becomes {@code
   * Allocator<MozJemallocBase>::malloc(unsigned __int64)}.
   *
   * <p>The text is split on spaces outside of {@code () {} [] <> `'} pairs and the last part is
   * kept; a last part that starts with {@code (} or {@code [clone} is joined back to the one before
   * it ({@code f (int)}, {@code f() [clone .cold.1]}).
   */
  public static String dropPrefixAndReturnType(String function) {
    List<String> tokens = new ArrayList<>();
    Deque<Character> levels = new ArrayDeque<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < function.length(); i++) {
      char c = function.charAt(i);
      if (DELIMITERS.containsKey(c)) {
        levels.push(c);
        current.append(c);
      } else if (DELIMITERS.containsValue(c)) {
        if (!levels.isEmpty() && DELIMITERS.get(levels.peek()).charValue() == c) {
          levels.pop();
        }
        current.append(c);
      } else if (!levels.isEmpty() || c != ' ') {
        current.append(c);
      } else {
        tokens.add(current.toString());
        current.setLength(0);
      }
    }
    if (!current.isEmpty()) {
      tokens.add(current.toString());
    }
    while (tokens.size() > 1) {
      String last = tokens.get(tokens.size() - 1);
      if (!last.startsWith("(") && !last.startsWith("[clone")) {
        break;
      }
      tokens.remove(tokens.size() - 1);
      tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + " " + last);
    }
    return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
  }

  /**
   * The file name in a frame's {@code file}: the path inside a {@code vcs:root:path:revision}
   * reference, the path after a Windows drive letter, an absolute Unix path as is, otherwise null.
   */
  public static String parseSourceFile(String sourceFile) {
    if (sourceFile == null || sourceFile.isEmpty()) {
      return null;
    }
    String[] parts = sourceFile.split(":", -1);
    if (parts.length == 4) {
      return parts[2];
    }
    if (parts.length == 2) {
      return parts[1];
    }
    return sourceFile.startsWith("/") ? sourceFile : null;
  }

  /** Drops every character that is not printable ASCII (space included, other whitespace not). */
  public static String dropBadCharacters(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.chars().filter(c -> c >= 32 && c < 127).forEach(c -> kept.append((char) c));
    return kept.toString();
  }

  /**
   * Rewrites a hexadecimal offset without leading zeros and in lower case ({@code
   * 0x0000000000032ec0} becomes {@code 0x32ec0}); text that is not hexadecimal is returned as is.
   */
  public static String stripLeadingZeros(String hex) {
    if (hex == null) {
      return null;
    }
    String digits = hex.strip();
    boolean negative = digits.startsWith("-");
    if (negative || digits.startsWith("+")) {
      digits = digits.substring(1);
    }
    if (digits.startsWith("0x") || digits.startsWith("0X")) {
      digits = digits.substring(2);
    }
    if (digits.isEmpty() || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      return hex;
    }
    return (negative ? "-0x" : "0x") + new BigInteger(digits, 16).toString(16);
  }
}
