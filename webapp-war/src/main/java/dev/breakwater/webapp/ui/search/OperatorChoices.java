package dev.breakwater.webapp.ui.search;

import java.util.List;
import java.util.Map;

/**
 * The operators the search form's select offers after "has the words" (no prefix): the API's
 * prefixes (../shared/socorro-api.md §5.1) with what they mean. Fields take only the operators of
 * their type; for a field that does not take one, the API reads the prefix as part of the value.
 */
final class OperatorChoices {
  static final List<Map.Entry<String, String>> ALL =
      List.of(
          Map.entry("!", "does not have the words"),
          Map.entry("=", "is exactly"),
          Map.entry("!=", "is not exactly"),
          Map.entry("~", "contains"),
          Map.entry("!~", "does not contain"),
          Map.entry("^", "starts with"),
          Map.entry("!^", "does not start with"),
          Map.entry("$", "ends with"),
          Map.entry("!$", "does not end with"),
          Map.entry("@", "matches the regular expression"),
          Map.entry(">=", "≥"),
          Map.entry(">", ">"),
          Map.entry("<=", "≤"),
          Map.entry("<", "<"),
          Map.entry("!__null__", "exists"),
          Map.entry("__null__", "does not exist"));

  private OperatorChoices() {}
}
