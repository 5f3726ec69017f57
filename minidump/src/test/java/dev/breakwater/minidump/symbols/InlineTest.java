package dev.breakwater.minidump.symbols;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.minidump.testing.SharedCorpus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineTest {

  /** Shaped like linux_inline.new.sym: main -> foo -> bar -> func, all inlined into main. */
  private static final String NEW_FORMAT =
      "FILE 0 linux_inline.cpp\nFILE 1 a.cpp\nFILE 2 b.cpp\nFILE 3 c.cpp\n"
          + "INLINE_ORIGIN 0 bar()\nINLINE_ORIGIN 1 foo()\nINLINE_ORIGIN 2 func()\n"
          + "FUNC 15b30 6cf 0 main\n"
          + "INLINE 0 42 1 1 15b45 6b1\n"
          + "INLINE 1 39 2 0 15b72 684\n"
          + "INLINE 2 32 3 2 15b83 673\n"
          + "15b30 15 41 0\n"
          + "161b6 2 27 0\n";

  @Test
  void newFormatMatchesBreakpad() {
    // minidump_stackwalk -m on linux_inline.dmp with linux_inline.new.sym:
    // 0|0|linux_inline|func()|linux_inline.cpp|27|0x0
    // 0|1|linux_inline|bar()|c.cpp|32|0x0
    // 0|2|linux_inline|foo()|b.cpp|39|0x0
    // 0|3|linux_inline|main|a.cpp|42|0x0
    Symbolization s = SymText.module(NEW_FORMAT).symbolize(0x161b6);
    assertEquals(
        List.of(
            new InlineFrame("func()", "linux_inline.cpp", 27),
            new InlineFrame("bar()", "c.cpp", 32),
            new InlineFrame("foo()", "b.cpp", 39)),
        s.inlines());
    assertEquals("main", s.function());
    assertEquals("a.cpp", s.sourceFile());
    assertEquals(42, s.sourceLine());
    assertEquals(0x161b6, s.sourceLineBase());
  }

  @Test
  void oldFormatMatchesBreakpad() {
    // Same dump with linux_inline.old.sym: every frame shows the line record's file.
    SymbolFile sym =
        SymText.module(
            "FILE 0 linux_inline.cpp\n"
                + "INLINE_ORIGIN 0 0 bar()\nINLINE_ORIGIN 1 0 foo()\nINLINE_ORIGIN 2 0 func()\n"
                + "FUNC 15b30 6cf 0 main\n"
                + "INLINE 0 42 1 15b45 6b1\nINLINE 1 39 0 15b72 684\nINLINE 2 32 2 15b83 673\n"
                + "161b6 2 27 0\n");
    Symbolization s = sym.symbolize(0x161b6);
    assertEquals(
        List.of(
            new InlineFrame("func()", "linux_inline.cpp", 27),
            new InlineFrame("bar()", "linux_inline.cpp", 32),
            new InlineFrame("foo()", "linux_inline.cpp", 39)),
        s.inlines());
    assertEquals("linux_inline.cpp", s.sourceFile());
    assertEquals(42, s.sourceLine());
  }

  @Test
  void nestingFollowsAddressRanges() {
    SymbolFile sym = SymText.module(NEW_FORMAT);
    // only foo() covers 0x15b50
    Symbolization outer = sym.symbolize(0x15b50);
    assertEquals(List.of(new InlineFrame("foo()", null, 0)), outer.inlines());
    assertEquals("a.cpp", outer.sourceFile());
    assertEquals(42, outer.sourceLine());
    // foo() and bar() cover 0x15b72 (bar's first byte)
    assertEquals(2, sym.symbolize(0x15b72).inlines().size());
    assertArrayEquals(new long[] {0x15b72, 0x15b45}, sym.inlineFunctionBases(0x15b72));
    // before the first inline range, nothing is inlined
    assertTrue(sym.symbolize(0x15b44).inlines().isEmpty());
  }

  @Test
  void multipleRangesAndMissingOrigin() {
    SymbolFile sym =
        SymText.module(
            "FILE 0 f.c\nINLINE_ORIGIN 0 known\nFUNC 100 100 0 outer\n"
                + "INLINE 0 5 0 0 110 10 150 10\n"
                + "INLINE 1 6 0 9 152 4\n"
                + "150 10 77 0\n");
    assertEquals("known", sym.symbolize(0x115).inlines().get(0).function());
    List<InlineFrame> two = sym.symbolize(0x153).inlines();
    assertEquals(new InlineFrame("<name omitted>", "f.c", 77), two.get(0));
    assertEquals(new InlineFrame("known", "f.c", 6), two.get(1));
    assertArrayEquals(new long[] {0x152, 0x150}, sym.inlineFunctionBases(0x153));
  }

  @Test
  void skippedNestLevelDropsTheRecord() {
    SymbolFile sym =
        SymText.module(
            "INLINE_ORIGIN 0 a\nINLINE_ORIGIN 1 b\nFUNC 100 100 0 f\n"
                + "INLINE 0 1 0 0 100 80\nINLINE 2 2 0 1 110 10\n");
    assertEquals(1, sym.symbolize(0x115).inlines().size());
  }

  @Test
  void partiallyOverlappingInlineRangeIsDropped() {
    SymbolFile sym =
        SymText.module(
            "INLINE_ORIGIN 0 a\nINLINE_ORIGIN 1 b\nINLINE_ORIGIN 2 c\nFUNC 100 100 0 f\n"
                + "INLINE 0 1 0 0 100 20\nINLINE 0 2 0 1 110 20\nINLINE 0 3 0 2 100 20\n");
    List<InlineFrame> frames = sym.symbolize(0x105).inlines();
    assertEquals(List.of("c", "a"), frames.stream().map(InlineFrame::function).toList());
    assertTrue(sym.symbolize(0x125).inlines().isEmpty());
  }

  @Test
  void crashClientMatchesBreakpadAndRustMinidump() throws Exception {
    Path file =
        SharedCorpus.file(
            "rust-minidump/testdata/symbols/crash-client/509C0610949836F7B70BD88BCF03E5400/crash-client.sym");
    SymbolFile sym = SymbolFile.parse(file);
    // pipeline-inlines-macos-segv.dmp, crashing thread frame 0 (rva 0x14cd4)
    Symbolization top = sym.symbolize(0x14cd4);
    assertEquals("sadness_generator::raise_segfault", top.function());
    assertEquals(133, top.sourceLine());
    assertEquals(
        List.of(
            new InlineFrame(
                "core::ptr::write_volatile::<u8>",
                "/rustc/fdca237d5194bf8a1c9b437ebd2114d1c2ba6195/library/core/src/ptr/mod.rs",
                1574)),
        top.inlines());
    // frame 1: return address 0x423e, looked up at 0x423d (rust-minidump's module_offset);
    // Breakpad prints the inline frames at +0x4 from the line and the real frame at +0x5
    Symbolization caller = sym.symbolize(0x423d);
    assertEquals("crash_client::main", caller.function());
    assertEquals(142, caller.sourceLine());
    assertEquals(0x423d - 0x4, caller.sourceLineBase());
    assertEquals(
        List.of("crash_client::real_main::{closure#1}", "crash_client::real_main"),
        caller.inlines().stream().map(InlineFrame::function).toList());
    assertEquals(List.of(88, 132), caller.inlines().stream().map(InlineFrame::sourceLine).toList());
    // frame 4: eight nested inlines
    Symbolization deep = sym.symbolize(0x833ed);
    assertEquals("std::rt::lang_start_internal", deep.function());
    assertEquals(128, deep.sourceLine());
    assertEquals(
        List.of(280, 492, 456, 137, 128, 492, 456, 137),
        deep.inlines().stream().map(InlineFrame::sourceLine).toList());
    assertEquals("std::panic::catch_unwind", deep.inlines().get(7).function());
    Symbolization main = sym.symbolize(0x4418);
    assertEquals("main", main.function());
    assertEquals(0x4418 - 0x28, main.functionBase());
  }
}
