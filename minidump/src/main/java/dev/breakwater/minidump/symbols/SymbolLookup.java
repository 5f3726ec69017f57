package dev.breakwater.minidump.symbols;

/**
 * Result of looking up a module's symbols. {@code file} is set only for {@link Status#FOUND};
 * {@code url} is where the symbols came from when they were downloaded (null for local files).
 */
public record SymbolLookup(Status status, SymbolFile file, String url) {
  /** Outcome of a lookup. */
  public enum Status {
    FOUND,
    NOT_FOUND,
    CORRUPT
  }

  /** A lookup that found nothing. */
  public static SymbolLookup notFound() {
    return new SymbolLookup(Status.NOT_FOUND, null, null);
  }

  /** The module's {@code loaded_symbols} in the JSON report: a symbol file is in use. */
  public boolean loadedSymbols() {
    return status == Status.FOUND && file != null;
  }

  /** The module's {@code missing_symbols} in the JSON report: no supplier had a file. */
  public boolean missingSymbols() {
    return status == Status.NOT_FOUND;
  }

  /**
   * The module's {@code corrupt_symbols} in the JSON report: the file could not be used at all, or
   * some of its lines were rejected (Breakpad's notion of a corrupt module, which its output flags
   * with "WARNING: Corrupt symbols").
   */
  public boolean corruptSymbols() {
    return status == Status.CORRUPT || (file != null && file.isPartiallyCorrupt());
  }

  /** The module's {@code symbol_url} in the JSON report: where the file was downloaded from. */
  public String symbolUrl() {
    return url;
  }
}
