package dev.breakwater.minidump.symbols;

/** One inlined call at an address: the inlined function and the source position to show for it. */
public record InlineFrame(String function, String sourceFile, int sourceLine) {}
