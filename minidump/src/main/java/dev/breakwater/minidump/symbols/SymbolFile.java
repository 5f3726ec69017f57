package dev.breakwater.minidump.symbols;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Placeholder: cannot parse. */
public final class SymbolFile {
  private SymbolFile() {}

  public static SymbolFile parse(Path file) throws IOException {
    throw new IOException("symbol files are not supported yet");
  }

  public static SymbolFile parse(InputStream in) throws IOException {
    throw new IOException("symbol files are not supported yet");
  }

  public Symbolization symbolize(long rva) {
    return null;
  }

  public CfiRules findCfiRules(long rva) {
    return null;
  }

  public WinFrameInfo findWinFrameInfo(long rva) {
    return null;
  }
}
