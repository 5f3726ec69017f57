package dev.breakwater.webapp.api.doc;

/**
 * A parameter as the documentation page lists it.
 *
 * @param name the query-string or form key
 * @param type how its value is read
 * @param required whether a request without it is a 400
 * @param defaultValue the value used when it is absent; empty for none
 * @param description what it does; may be empty
 */
public record DocumentedParameter(
    String name, ParameterType type, boolean required, String defaultValue, String description) {

  static DocumentedParameter of(ApiParameter declared) {
    return new DocumentedParameter(
        declared.name(),
        declared.type(),
        declared.required(),
        declared.defaultValue(),
        declared.description());
  }
}
