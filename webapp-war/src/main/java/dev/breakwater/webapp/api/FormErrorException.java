package dev.breakwater.webapp.api;

import java.util.List;
import java.util.Map;

/**
 * Parameters missing or of the wrong type: Socorro's form validation answer, 400 {@code {"errors":
 * {"crash_id": ["This field is required."]}}}.
 */
public class FormErrorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Django's message for a required field that is absent or empty. */
  public static final String REQUIRED = "This field is required.";

  private final transient Map<String, List<String>> errors;

  public FormErrorException(Map<String, List<String>> errors) {
    super(errors.toString());
    this.errors = Map.copyOf(errors);
  }

  public static FormErrorException of(String parameter, String message) {
    return new FormErrorException(Map.of(parameter, List.of(message)));
  }

  public Map<String, List<String>> errors() {
    return errors;
  }
}
