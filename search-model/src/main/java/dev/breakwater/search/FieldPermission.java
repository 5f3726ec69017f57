package dev.breakwater.search;

/** Who may search on and see a search field. */
public enum FieldPermission {
  /** Anyone. */
  PUBLIC,
  /** Only users allowed to see protected crash data. */
  PROTECTED
}
