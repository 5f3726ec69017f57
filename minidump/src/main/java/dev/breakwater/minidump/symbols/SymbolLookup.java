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
}
