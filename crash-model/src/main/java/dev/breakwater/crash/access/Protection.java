package dev.breakwater.crash.access;

import java.util.Locale;
import java.util.Optional;

/**
 * Who may see a piece of crash data: a processed-crash field, an annotation, a search field. The
 * schema and the search-field registry both declare it, and every response is redacted by it.
 */
public enum Protection {
  /** Anyone, including anonymous users of the web site and API. */
  PUBLIC,
  /** Only callers granted {@link Permission#VIEW_PII} (URLs, comments, emails, memory, ...). */
  PROTECTED;

  /** The stricter of two protections: a field is never more public than its parent. */
  public Protection and(Protection other) {
    return this == PROTECTED || other == PROTECTED ? PROTECTED : PUBLIC;
  }

  /** The permission a caller needs to see data with this protection, if any. */
  public Optional<Permission> requiredPermission() {
    return this == PROTECTED ? Optional.of(Permission.VIEW_PII) : Optional.empty();
  }

  /**
   * Reads {@code public} or {@code protected}, as the schema and the registry spell it.
   *
   * @throws IllegalArgumentException for any other word
   */
  public static Protection parse(String value) {
    try {
      return valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown protection '" + value + "'", e);
    }
  }

  /** The word used in the schema, the registry and the API ({@code public}, {@code protected}). */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
