package dev.breakwater.minidump.symbols;

/** Result of looking up a module's symbols. */
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
}
