package dev.breakwater.minidump.symbols;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Builds symbol files from text in tests. */
final class SymText {
  static final String MODULE = "MODULE Linux x86_64 0123456789ABCDEF0123456789ABCDEF0 test\n";

  private SymText() {}

  /** Parses {@code text}, which must contain its own MODULE line. */
  static SymbolFile parse(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  static SymbolFile parse(byte[] bytes) {
    try {
      return SymbolFile.parse(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses {@code body} after a standard MODULE line. */
  static SymbolFile module(String body) {
    return parse(MODULE + body);
  }
}
