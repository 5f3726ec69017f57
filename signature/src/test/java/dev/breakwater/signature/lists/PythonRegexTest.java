package dev.breakwater.signature.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonRegexTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        // Braces that are no repetition are literals
        "<env_logger::Logger as log::Log>::log::{{closure}} ; <env_logger::Logger as log::Log>::log::\\{\\{closure}}",
        "{virtual override thunk} ; \\{virtual override thunk}",
        // Repetitions stay; Python's {,n} is {0,n} in Java
        "@0x[0-9a-fA-F]{2,} ; @0x[0-9a-fA-F]{2,}",
        "a{2} ; a{2}",
        "a{1,3} ; a{1,3}",
        "a{,3} ; a{0,3}",
        // Escaped braces, and braces in character classes, are left alone
        "a\\{b ; a\\{b",
        "[{}] ; [{}]",
        "[]{] ; []{]",
        // Python's named groups
        "(?P<name>x) ; (?<name>x)",
      })
  void translates(String python, String java) {
    assertEquals(java, PythonRegex.toJava(python));
    Pattern.compile(PythonRegex.toJava(python));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "<env_logger::Logger as log::Log>::log::{{closure}} ; <env_logger::Logger as log::Log>::log::{{closure}}",
        "{virtual override thunk} ; {virtual override thunk}",
        "@0x[0-9a-fA-F]{2,} ; @0x5e39bf21",
      })
  void translatedPatternsMatchLikePython(String python, String frame) {
    assertTrue(Pattern.compile(PythonRegex.toJava(python)).matcher(frame).lookingAt());
  }
}
