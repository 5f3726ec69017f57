package dev.breakwater.webapp.ui.search;

/**
 * One filter of the search form: a field, an operator prefix (as the API spells it, {@code ~} or
 * {@code !=}; empty for "has the words") and a value.
 */
public record FilterRow(String field, String operator, String value) {
  static final FilterRow BLANK = new FilterRow("", "", "");

  /** The API's form of the filter: the operator prefix, then the value. */
  String parameterValue() {
    return operator + value;
  }
}
