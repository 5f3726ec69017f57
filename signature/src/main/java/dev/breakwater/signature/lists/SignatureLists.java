package dev.breakwater.signature.lists;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One immutable, consistent set of the signature lists (the files in {@code config/signature}).
 *
 * <p>Every regular-expression list is one pattern: the file's lines joined as alternatives. A frame
 * matches when the pattern matches at its start ({@link java.util.regex.Matcher#lookingAt()},
 * Python's {@code re.match}), so no line needs a trailing {@code .*}.
 *
 * @param irrelevant frames skipped while walking the stack
 * @param prefix frames that are kept and continue the walk
 * @param lineNumbers frames that get {@code :<line>} appended
 * @param trimDll frames cut down to their module name
 * @param sentinels frames that become the top of the stack when present
 * @param origin where the lists were read from, for the signature debug log
 */
public record SignatureLists(
    Pattern irrelevant,
    Pattern prefix,
    Pattern lineNumbers,
    Pattern trimDll,
    List<SignatureSentinel> sentinels,
    String origin) {

  public SignatureLists {
    sentinels = List.copyOf(sentinels);
  }

  /**
   * Lists from in-memory lines, written as in the list files (regular expressions in the files'
   * syntax, sentinels with an optional {@code " | requires: <frame>"}).
   *
   * @throws IllegalArgumentException when a line is not valid
   */
  public static SignatureLists of(
      List<String> irrelevant,
      List<String> prefix,
      List<String> lineNumbers,
      List<String> trimDll,
      List<String> sentinels,
      String origin) {
    return new SignatureLists(
        join(irrelevant.stream().map(PythonRegex::toJava).toList()),
        join(prefix.stream().map(PythonRegex::toJava).toList()),
        join(lineNumbers.stream().map(PythonRegex::toJava).toList()),
        join(trimDll.stream().map(PythonRegex::toJava).toList()),
        sentinels.stream().map(SignatureSentinel::parse).toList(),
        origin);
  }

  /** Whether the normalized frame is skipped. */
  public boolean isIrrelevant(String frame) {
    return irrelevant.matcher(frame).lookingAt();
  }

  /** Whether the normalized frame is kept and the walk goes on to the next frame. */
  public boolean isPrefix(String frame) {
    return prefix.matcher(frame).lookingAt();
  }

  /** Whether the function gets its line number appended. */
  public boolean needsLineNumber(String function) {
    return lineNumbers.matcher(function).lookingAt();
  }

  /** Whether the normalized frame is cut down to its module name. */
  public boolean isTrimmedModule(String frame) {
    return trimDll.matcher(frame).lookingAt();
  }

  /**
   * Joins list lines into one pattern; each line is a group of its own so an inline flag such as
   * {@code (?i)} applies to its own line only.
   */
  static Pattern join(List<String> javaRegexLines) {
    if (javaRegexLines.isEmpty()) {
      // An empty list matches nothing (Python's empty pattern would match everything, which no
      // list means).
      return Pattern.compile("(?!)");
    }
    StringBuilder joined = new StringBuilder();
    for (String line : javaRegexLines) {
      if (!joined.isEmpty()) {
        joined.append('|');
      }
      joined.append("(?:").append(line).append(')');
    }
    return Pattern.compile(joined.toString());
  }
}
