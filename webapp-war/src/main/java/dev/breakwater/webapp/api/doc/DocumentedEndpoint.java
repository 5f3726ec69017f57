package dev.breakwater.webapp.api.doc;

import dev.breakwater.crash.access.Permission;
import java.util.List;

/**
 * An endpoint as the documentation page lists it.
 *
 * @param name as in {@code /api/<name>/}
 * @param path its URL path, from {@code /api/}
 * @param methods the HTTP methods it serves
 * @param summary what it answers
 * @param requires the permissions it needs
 * @param parameters its parameters, in the order they are listed
 */
public record DocumentedEndpoint(
    String name,
    String path,
    List<String> methods,
    String summary,
    List<Permission> requires,
    List<DocumentedParameter> parameters) {

  public DocumentedEndpoint {
    methods = List.copyOf(methods);
    requires = List.copyOf(requires);
    parameters = List.copyOf(parameters);
  }

  /** Whether only GET is served, so a plain link can try it. */
  public boolean isReadOnly() {
    return methods.equals(List.of("GET"));
  }
}
