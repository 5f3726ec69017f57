package dev.breakwater.minidump.symbols;

import java.io.IOException;

/** A {@code .sym} file that cannot be used at all (no valid MODULE record, unreadable data). */
public class SymbolParseException extends IOException {
  private static final long serialVersionUID = 1L;

  public SymbolParseException(String message) {
    super(message);
  }

  public SymbolParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
