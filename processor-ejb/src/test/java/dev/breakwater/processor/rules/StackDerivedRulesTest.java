package dev.breakwater.processor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.TestCrashes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Topmost filenames, modules in stack and missing symbols, table-driven. */
class StackDerivedRulesTest {
  private static final String MODULES =
      "'modules': [{'filename': 'app.exe', 'debug_id': 'ABC1', 'version': '1.0', 'missing_symbols': false},"
          + " {'filename': 'lib/x.so', 'debug_id': 'DEF2-!', 'code_id': 'c0de', 'missing_symbols': true},"
          + " {'filename': 'ntdll.dll', 'debug_id': '0A', 'version': '10/0', 'missing_symbols': true},"
          + " {'debug_id': 'nofilename', 'missing_symbols': true}]";

  private static ProcessingCrash crash(String frames) {
    return TestCrashes.processed(
        "{'crashing_thread': 0, 'json_dump': {"
            + MODULES
            + ", 'threads': [{'frames': "
            + frames
            + "}]}}");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "[{'function': 'f'}, {'file': 'b.cpp'}, {'file': 'c.cpp'}]                       | b.cpp",
        "[{'file': 'a.cpp', 'inlines': [{'function': 'g', 'file': 'inl.h'}]}]            | inl.h",
        "[{'file': 'a.cpp', 'inlines': [{'function': 'g'}]}]                             | a.cpp",
        "[{'function': 'f'}]                                                             | ",
        "[]                                                                              | ",
      })
  void topmostFilenames(String frames, String expected) {
    ProcessingCrash report = crash(frames);
    new TopmostFilenamesRule().action(report);
    var value = report.processedCrash().get("topmost_filenames");
    assertEquals(expected, value == null ? null : value.asText());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "[{'module': 'lib/x.so'}, {'module': 'app.exe'}, {'module': 'app.exe'}] | app.exe/ABC1;libx.so/DEF2",
        "[{'module': 'unknown.dll'}, {}]                                        | ",
      })
  void modulesInStack(String frames, String expected) {
    ProcessingCrash report = crash(frames);
    new ModulesInStackRule().action(report);
    var value = report.processedCrash().get("modules_in_stack");
    assertEquals(expected, value == null ? null : value.asText());
  }

  @org.junit.jupiter.api.Test
  void modulesInStackNeedsACrashingThread() {
    assertFalse(
        new ModulesInStackRule()
            .predicate(TestCrashes.processed("{'crashing_thread': null, 'json_dump': {}}")));
  }

  @org.junit.jupiter.api.Test
  void missingSymbolsListsModulesWithoutSymbols() {
    ProcessingCrash report = crash("[]");
    new MissingSymbolsRule().action(report);
    assertEquals(
        "libx.so/None/DEF2/c0de;ntdll.dll/10\\/0/0A",
        report.processedCrash().path("missing_symbols").asText());
  }

  @org.junit.jupiter.api.Test
  void missingSymbolsIsLeftOutWhenNothingIsMissing() {
    ProcessingCrash report =
        TestCrashes.processed(
            "{'json_dump': {'modules': [{'filename': 'a', 'missing_symbols': false}]}}");
    new MissingSymbolsRule().action(report);
    assertFalse(report.processedCrash().has("missing_symbols"));
  }
}
