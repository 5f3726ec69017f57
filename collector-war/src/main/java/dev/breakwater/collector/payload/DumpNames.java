package dev.breakwater.collector.payload;

import java.util.Optional;
import java.util.Set;

/**
 * Dump names come from form field names, i.e. from the client, and become storage key segments.
 * They are reduced to {@code [A-Za-z0-9_]} and at most 30 characters, as Antenna does, and names
 * that would land on another kind of object in the bucket are refused.
 */
public final class DumpNames {

  /** Longest dump name kept; longer names are cut. */
  public static final int MAX_LENGTH = 30;

  /**
   * Names that are key segments of other objects: {@code v1/raw_crash/...} etc. {@code dump} is
   * where the main dump lives, so a part of that name would overwrite it; {@code outbox} markers
   * are read by the publisher.
   */
  private static final Set<String> RESERVED =
      Set.of("raw_crash", "dump_names", "processed_crash", "dump", "outbox");

  private DumpNames() {}

  /** The sanitized name, or empty if nothing usable is left or the name is reserved. */
  public static Optional<String> sanitize(String fieldName) {
    StringBuilder name = new StringBuilder(Math.min(fieldName.length(), MAX_LENGTH));
    for (int i = 0; i < fieldName.length() && name.length() < MAX_LENGTH; i++) {
      char c = fieldName.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
        name.append(c);
      }
    }
    String sanitized = name.toString();
    if (sanitized.isEmpty() || RESERVED.contains(sanitized)) {
      return Optional.empty();
    }
    return Optional.of(sanitized);
  }
}
