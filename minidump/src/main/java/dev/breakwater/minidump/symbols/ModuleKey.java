package dev.breakwater.minidump.symbols;

/**
 * Identifies a module's symbols the way Breakpad does. {@code debugId} is Breakpad's 33/32-hex
 * form; {@code codeFile} and {@code codeId} are optional (null or empty when unknown).
 */
public record ModuleKey(String debugFile, String debugId, String codeFile, String codeId) {}
