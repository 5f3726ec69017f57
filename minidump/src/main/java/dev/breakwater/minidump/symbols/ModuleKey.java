package dev.breakwater.minidump.symbols;

/** Identifies a module's symbols the way Breakpad does. */
public record ModuleKey(String debugFile, String debugId, String codeFile, String codeId) {}
