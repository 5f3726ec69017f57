package dev.breakwater.minidump.symbols;

/** One inlined call at an address. */
public record InlineFrame(String function, String sourceFile, int sourceLine) {}
