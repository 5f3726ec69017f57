package dev.breakwater.webapp.search;

import java.util.List;
import java.util.Map;

/**
 * A parameter fails the type check of its form field, which Socorro answers with the form's errors,
 * {@code {"errors": {"<name>": ["Enter a whole number."]}}}, rather than an {@code error}.
 */
public class InvalidFormException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Map<String, List<String>> errors;

  public InvalidFormException(String parameter, String message) {
    super(parameter + ": " + message);
    this.errors = Map.of(parameter, List.of(message));
  }

  /** The messages by parameter name. */
  public Map<String, List<String>> errors() {
    return errors;
  }
}
