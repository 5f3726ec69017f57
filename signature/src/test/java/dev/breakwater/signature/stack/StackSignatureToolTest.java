package dev.breakwater.signature.stack;

import static dev.breakwater.signature.SignatureTestSupport.lists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.signature.lists.SignatureLists;
import dev.breakwater.signature.stack.StackSignatureTool.Generated;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StackSignatureToolTest {

  private static final List<String> IGNORED = List.of("a", "b", "c");
  private static final List<String> PREFIXES = List.of("d", "e", "f");

  private static StackSignatureTool tool(List<String> irrelevant) {
    return new StackSignatureTool(lists(irrelevant, PREFIXES));
  }

  private static List<String> letters(String letters) {
    return new ArrayList<>(Arrays.asList(letters.split("")));
  }

  @ParameterizedTest
  @CsvSource({
    // irrelevant frames are skipped, prefixes kept, the first other frame ends the signature
    "abcdefghijklmnopqrstuvwxyz, 0, d | e | f | g",
    "abcdaeafagahijklmnopqrstuvwxyz, 0, d | e | f | g",
    // hang reports are marked
    "abcdefghijklmnopqrstuvwxyz, -1, hang | d | e | f | g",
    "abcdaeafagahijklmnopqrstuvwxyz, -1, hang | d | e | f | g",
    "abcdaeafagahijklmnopqrstuvwxyz, 1, chromehang | d | e | f | g",
    "abcdaeafagahijklmnopqrstuvwxyz, 2, d | e | f | g",
  })
  void generate(String frames, int hangType, String expected) {
    assertEquals(expected, tool(IGNORED).generate(letters(frames), hangType, 0).signature());
  }

  @Test
  void longFramesAreKeptWhole() {
    List<String> frames = letters("abcdefghijklmnopqrstuvwxyz");
    for (int i = 3; i <= 7; i++) {
      frames.set(i, frames.get(i).repeat(70));
    }
    String expected =
        String.join(" | ", "d".repeat(70), "e".repeat(70), "f".repeat(70), "g".repeat(70));
    assertEquals(expected, tool(IGNORED).generate(frames, 0, 0).signature());
    assertEquals("hang | " + expected, tool(IGNORED).generate(frames, -1, 0).signature());
  }

  @Test
  void startsAtTheSentinel() {
    List<String> frames = letters("abcdefghabcfaeabdijklmnopqrstuvwxyz");
    frames.set(7, "sentinel");
    assertEquals("sentinel", tool(IGNORED).generate(frames, 0, 0).signature());

    List<String> ignoreSentinel = List.of("a", "b", "c", "sentinel");
    assertEquals("f | e | d | i", tool(ignoreSentinel).generate(frames, 0, 0).signature());
  }

  @Test
  void conditionalSentinelNeedsItsCompanionFrame() {
    List<String> frames = letters("abcdefghabcfaeabdijklmnopqrstuvwxyz");
    frames.set(7, "sentinel2");
    assertEquals("d | e | f | g", tool(IGNORED).generate(frames, 0, 0).signature());

    frames.set(22, "ff");
    assertEquals("sentinel2", tool(IGNORED).generate(frames, 0, 0).signature());

    List<String> ignoreSentinel = List.of("a", "b", "c", "sentinel2");
    assertEquals("f | e | d | i", tool(ignoreSentinel).generate(frames, 0, 0).signature());
  }

  @Test
  void theEarliestSentinelWins() {
    List<String> frames = List.of("x", "sentinel2", "ff", "sentinel", "g");
    Generated generated = tool(IGNORED).generate(frames, 0, 0);
    assertEquals("sentinel2", generated.signature());
    assertTrue(generated.debugNotes().contains("sentinel; starting at \"sentinel2\" index 1"));
  }

  @Test
  void dllFramesAreTrimmedAndMerged() {
    List<String> frames =
        List.of("a", "d", "foo32.dll@0x231423", "foo32.dll", "foo32.dll@0x42", "g");
    assertEquals("d | foo32.dll | g", tool(IGNORED).generate(frames, 0, 0).signature());

    frames = List.of("foo32.dll", "foo32.dll@0x231423", "g");
    assertEquals("foo32.dll | g", tool(IGNORED).generate(frames, 0, 0).signature());
  }

  @Test
  void aNarrowTrimListTrimsOnlyItsModules() {
    SignatureLists narrow =
        SignatureLists.of(
            IGNORED, List.of("d", ".*\\.dll"), List.of(), List.of("foo32\\.dll"), List.of(), "t");
    List<String> frames = List.of("xyz.dll@0x1", "foo32.dll@0x2", "g");
    assertEquals(
        "xyz.dll@0x1 | foo32.dll | g",
        new StackSignatureTool(narrow).generate(frames, 0, 0).signature());
  }

  @Test
  void unloadedModulesAreNotTrimmed() {
    List<String> frames = List.of("(unloaded foo.dll@0x10)", "g");
    assertEquals("(unloaded foo.dll@0x10)", tool(IGNORED).generate(frames, 0, 0).signature());
  }

  @Test
  void noCrashingThread() {
    Generated generated = tool(IGNORED).generate(List.of(), 0, null);
    assertEquals("EMPTY: no crashing thread identified", generated.signature());
    assertEquals(List.of("CSignatureTool: no crashing thread identified"), generated.notes());
  }

  @Test
  void noFrames() {
    Generated generated = tool(IGNORED).generate(List.of(), 0, 3);
    assertEquals("EMPTY: no frame data available", generated.signature());
    assertEquals(
        List.of("CSignatureTool: no frame data for crashing thread (3)"), generated.notes());
  }

  @Test
  void onlyIrrelevantFramesFallBackToTheTopFrame() {
    Generated generated = tool(IGNORED).generate(List.of("a", "b"), 0, 0);
    assertEquals("a", generated.signature());
    assertEquals(
        List.of("CSignatureTool: no frame data for crashing thread (0)"), generated.notes());
  }

  @Test
  void debugNotesTellTheWalk() {
    Generated generated = tool(IGNORED).generate(List.of("a", "d", "g"), 0, 0);
    assertEquals(
        List.of(
            "using test lists",
            "irrelevant; ignoring: \"a\"",
            "prefix; continue iterating: \"d\"",
            "not a prefix; stop: \"g\""),
        generated.debugNotes());
  }
}
