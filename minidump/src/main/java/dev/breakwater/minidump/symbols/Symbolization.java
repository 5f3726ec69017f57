package dev.breakwater.minidump.symbols;

import java.util.List;

/**
 * What a {@code .sym} file says about one module-relative address.
 *
 * <p>{@code function}: name (FUNC or PUBLIC), null if none. {@code functionBase}: rva where it
 * starts. {@code sourceFile}/{@code sourceLine}/{@code sourceLineBase}: from the line record (null
 * / 0 when none). {@code parameterSize}: FUNC/PUBLIC parameter size (used by the x86 walker).
 * {@code inlines}: inlined frames at this address, ordered from the innermost (deepest inlined
 * call) to the outermost, as Breakpad's resolver reports them; the outer (real) FUNC frame's
 * file/line are the call site of the outermost inline, exactly as Breakpad's {@code
 * minidump_stackwalk} prints them.
 */
public record Symbolization(
    String function,
    long functionBase,
    String sourceFile,
    int sourceLine,
    long sourceLineBase,
    long parameterSize,
    boolean isMultiple,
    List<InlineFrame> inlines) {}
