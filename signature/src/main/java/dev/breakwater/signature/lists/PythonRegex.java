package dev.breakwater.signature.lists;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the few Python regular-expression spellings that {@link java.util.regex.Pattern} rejects
 * or reads differently, so the signature lists keep the syntax their long history was written in.
 *
 * <p>Folklore: Python reads a brace that does not start a repetition as a literal, Java refuses it
 * ("Illegal repetition"). The irrelevant list relies on this for Rust closures and C++ thunks, e.g.
 * {@code <env_logger::Logger as log::Log>::log::{{closure}}} and {@code {virtual override thunk}};
 * see {@code PythonRegexTest}.
 */
final class PythonRegex {

  private static final Pattern QUANTIFIER = Pattern.compile("\\{(\\d*)(,?)(\\d*)}");

  private PythonRegex() {}

  /** Returns the Java spelling of one Python regular expression. */
  static String toJava(String python) {
    StringBuilder java = new StringBuilder(python.length() + 8);
    boolean inClass = false;
    for (int i = 0; i < python.length(); i++) {
      char c = python.charAt(i);
      if (c == '\\' && i + 1 < python.length()) {
        java.append(c).append(python.charAt(++i));
      } else if (inClass) {
        inClass = c != ']';
        java.append(c);
      } else if (c == '[') {
        inClass = true;
        java.append(c);
        // A ']' right after '[' or '[^' is a literal member of the class in both dialects.
        if (i + 1 < python.length() && python.charAt(i + 1) == '^') {
          java.append(python.charAt(++i));
        }
        if (i + 1 < python.length() && python.charAt(i + 1) == ']') {
          java.append(python.charAt(++i));
        }
      } else if (c == '{') {
        i = appendBrace(python, i, java);
      } else if (python.startsWith("(?P<", i)) {
        java.append("(?<");
        i += 3;
      } else {
        java.append(c);
      }
    }
    return java.toString();
  }

  /**
   * Appends the brace at {@code at} (a quantifier or a literal) and returns the last index used.
   */
  private static int appendBrace(String python, int at, StringBuilder java) {
    Matcher quantifier = QUANTIFIER.matcher(python).region(at, python.length());
    if (quantifier.lookingAt()
        && (!quantifier.group(1).isEmpty() || !quantifier.group(3).isEmpty())) {
      String min = quantifier.group(1).isEmpty() ? "0" : quantifier.group(1);
      java.append('{')
          .append(min)
          .append(quantifier.group(2))
          .append(quantifier.group(3))
          .append('}');
      return quantifier.end() - 1;
    }
    java.append("\\{");
    return at;
  }
}
