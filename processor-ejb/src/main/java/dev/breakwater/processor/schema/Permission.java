package dev.breakwater.processor.schema;

import java.util.Locale;

/** Who may see a field of a processed crash. */
public enum Permission {
  /** Anyone, including anonymous users of the web site and API. */
  PUBLIC,
  /** Only users allowed to see protected data (URLs, comments, emails, memory, ...). */
  PROTECTED;

  /** The stricter of two permissions: a field is never more public than its parent. */
  public Permission and(Permission other) {
    return this == PROTECTED || other == PROTECTED ? PROTECTED : PUBLIC;
  }

  static Permission parse(String value) {
    try {
      return valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidSchemaException("unknown permission '" + value + "'");
    }
  }
}
