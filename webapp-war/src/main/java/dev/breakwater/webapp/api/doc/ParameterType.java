package dev.breakwater.webapp.api.doc;

/** A parameter's type, with the words Socorro's documentation page uses for it. */
public enum ParameterType {
  STRING("String"),
  STRINGS("List of strings"),
  INTEGER("Integer"),
  INTEGERS("List of integers"),
  NUMBERS("List of numbers"),
  DATES("List of dates"),
  BOOLEAN("Boolean"),
  JSON_BODY("JSON body");

  private final String friendlyName;

  ParameterType(String friendlyName) {
    this.friendlyName = friendlyName;
  }

  /** The type as the page shows it, e.g. {@code List of strings}. */
  public String friendlyName() {
    return friendlyName;
  }
}
