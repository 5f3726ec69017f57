package dev.breakwater.minidump.symbols;

import java.util.List;

/** What a .sym file says about one module-relative address. */
public record Symbolization(
    String function,
    long functionBase,
    String sourceFile,
    int sourceLine,
    long sourceLineBase,
    long parameterSize,
    boolean isMultiple,
    List<InlineFrame> inlines) {}
