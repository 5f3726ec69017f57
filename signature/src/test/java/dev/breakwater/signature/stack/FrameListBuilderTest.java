package dev.breakwater.signature.stack;

import static dev.breakwater.signature.SignatureTestSupport.defaultTestLists;
import static dev.breakwater.signature.SignatureTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.breakwater.signature.lists.SignatureListsLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameListBuilderTest {

  private final FrameListBuilder builder =
      new FrameListBuilder(new FrameNormalizer(defaultTestLists()));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        // Missing data is no error
        "null | null | null",
        // Without a file the function stays as it is
        "null | panic | panic",
        // Known (file, function) pairs get their module back
        "git:github.com/rust-lang/rust:src/libstd/panicking.rs:91856ed52c58aa5ba66a015354d1cc69e9779bdf"
            + " | begin_panic_fmt | std::panicking::begin_panic_fmt",
        "git:github.com/rust-lang/rust:src/libcore/panicking.rs:91856ed52c58aa5ba66a015354d1cc69e9779bdf"
            + " | panic | core::panicking::panic",
        // Other functions in those files are left alone
        "git:github.com/rust-lang/rust:src/libcore/panicking.rs:91856ed52c58aa5ba66a015354d1cc69e9779bdf"
            + " | something_else | something_else",
      })
  void fixMissingModule(String file, String function, String expected) {
    Frame frame =
        new Frame(null, function, file, null, false, null, null, MissingNode.getInstance());
    assertEquals(expected, FrameListBuilder.fixMissingModule(frame).function());
  }

  static final String FRAMES_FROM_JSON_DUMP =
      """
      {"frames": [
        {"frame": 0, "function": "NtWaitForMultipleObjects", "function_offset": "0x15",
         "module": "ntdll.dll", "module_offset": "0x2015d", "offset": "0x77ad015d",
         "registers": {"eax": "0x00000040"}, "trust": "context"},
        {"frame": 1, "function": "WaitForMultipleObjectsEx", "function_offset": "0xff",
         "module": "KERNELBASE.dll", "module_offset": "0x115f6", "offset": "0x775e15f6",
         "trust": "cfi"},
        {"frame": 2, "function": "WaitForMultipleObjectsExImplementation",
         "function_offset": "0x8d", "module": "kernel32.dll", "module_offset": "0x119f7",
         "offset": "0x766119f7", "trust": "cfi"},
        {"frame": 3, "function": "RealMsgWaitForMultipleObjectsEx", "function_offset": "0xe1",
         "module": "user32.dll", "module_offset": "0x20869", "offset": "0x77370869",
         "trust": "cfi"},
        {"frame": 4, "function": "MsgWaitForMultipleObjects", "function_offset": "0x1e",
         "module": "user32.dll", "module_offset": "0x20b68", "offset": "0x77370b68",
         "trust": "cfi"},
        {"file": "F117835525________________________________________", "frame": 5,
         "function": "F_1152915508__________________________________", "function_offset": "0xbb",
         "line": 118, "module": "NPSWF32_14_0_0_125.dll", "module_offset": "0x36a13b",
         "offset": "0x5e3aa13b", "trust": "cfi"},
        {"file": "F_851861807_______________________________________", "frame": 6,
         "function": "F2166389______________________________________", "function_offset": "0xe5",
         "line": 552, "module": "NPSWF32_14_0_0_125.dll", "module_offset": "0x35faf5",
         "offset": "0x5e39faf5", "trust": "cfi"},
        {"file": "F_851861807_______________________________________", "frame": 7,
         "function": "F_917831355___________________________________", "function_offset": "0x29b",
         "line": 488, "module": "NPSWF32_14_0_0_125.dll", "module_offset": "0x360a7b",
         "offset": "0x5e3a0a7b", "trust": "cfi"},
        {"file": "F_851861807_______________________________________", "frame": 8,
         "function": "F1315696776________________________________", "function_offset": "0xd",
         "line": 439, "module": "NPSWF32_14_0_0_125.dll", "module_offset": "0x35e2fd",
         "offset": "0x5e39e2fd", "trust": "cfi"},
        {"file": "F_766591945_______________________________________", "frame": 9,
         "function": "F_1428703866________________________________", "function_offset": "0xc1",
         "line": 203, "module": "NPSWF32_14_0_0_125.dll", "module_offset": "0x35bf21",
         "offset": "0x5e39bf21", "trust": "cfi"}
      ]}
      """;

  @Test
  void normalizesEveryFrame() {
    List<String> expected =
        List.of(
            "NtWaitForMultipleObjects",
            "WaitForMultipleObjectsEx",
            "WaitForMultipleObjectsExImplementation",
            "RealMsgWaitForMultipleObjectsEx",
            "MsgWaitForMultipleObjects",
            "F_1152915508__________________________________",
            "F2166389______________________________________",
            "F_917831355___________________________________",
            "F1315696776________________________________",
            "F_1428703866________________________________");
    assertEquals(expected, builder.normalizedFrames(json(FRAMES_FROM_JSON_DUMP), false));
  }

  @Test
  void leavesTheCrashUnchanged() {
    JsonNode thread = json(FRAMES_FROM_JSON_DUMP);
    JsonNode copy = thread.deepCopy();
    builder.normalizedFrames(thread, true);
    assertEquals(copy, thread);
  }

  @Test
  void inlinedCallsComeBeforeTheirFrame() {
    JsonNode thread =
        json(
            """
            {"frames": [
              {"module": "xul.dll", "module_offset": "0x10", "offset": "0x1010",
               "function": "outer()", "file": "hg:h:dom/Outer.cpp:abc", "line": 5,
               "inlines": [
                 {"function": "innermost()", "file": "hg:h:dom/A.h:abc", "line": 1},
                 {"function": "middle()", "file": "hg:h:dom/B.h:abc", "line": 2}]},
              {"module": "xul.dll", "module_offset": "0x20", "offset": "0x1020",
               "inlines": null, "file": "/src/caller.cpp", "line": 9}
            ]}
            """);
    assertEquals(
        List.of("innermost", "middle", "outer", "caller.cpp#9"),
        builder.normalizedFrames(thread, false));
  }

  @Test
  void considersOnlyTheFirstFortyFramesInlinesIncluded() {
    StringBuilder frames = new StringBuilder("{\"frames\": [");
    for (int i = 0; i < 30; i++) {
      frames.append(i == 0 ? "" : ",");
      frames.append("{\"function\": \"f").append(i).append("\", \"inlines\": [");
      frames.append("{\"function\": \"inline").append(i).append("\"}]}");
    }
    JsonNode thread = json(frames.append("]}").toString());
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      expected.add("inline" + i);
      expected.add("f" + i);
    }
    assertEquals(expected, builder.normalizedFrames(thread, false));
  }

  @Test
  void lowerCasesWindowsModuleNames() {
    JsonNode thread =
        json(
            """
            {"frames": [
              {"offset": "0x5e39bf21", "trust": "cfi"},
              {"frame": 3, "module": "USER2.dll", "module_offset": "0x20869",
               "offset": "0x77370869", "trust": "cfi"}]}
            """);
    assertEquals(
        List.of("@0x5e39bf21", "user2.dll@0x20869"), builder.normalizedFrames(thread, true));
    assertEquals(
        List.of("@0x5e39bf21", "USER2.dll@0x20869"), builder.normalizedFrames(thread, false));
  }

  @Test
  void restoresRustPanicModulesWithTheShippedLists() {
    FrameListBuilder shipped =
        new FrameListBuilder(new FrameNormalizer(SignatureListsLoader.loadIncluded()));
    JsonNode thread =
        json(
            """
            {"frames": [{"module": "xul.dll", "module_offset": "0x1",
              "function": "panic",
              "file": "git:github.com/rust-lang/rust:src/libcore/panicking.rs:91856ed5"}]}
            """);
    assertEquals(List.of("core::panicking::panic"), shipped.normalizedFrames(thread, false));
  }
}
