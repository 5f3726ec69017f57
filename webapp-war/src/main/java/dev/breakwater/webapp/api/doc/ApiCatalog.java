package dev.breakwater.webapp.api.doc;

import dev.breakwater.crash.access.Grants;
import dev.breakwater.webapp.search.SearchParameterDocs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The public API endpoints, as declared by their {@link ApiEndpoint} annotations. */
@ApplicationScoped
public class ApiCatalog {
  @Inject ServletContext servletContext;
  @Inject SearchParameterDocs searchParameters;

  /** How many endpoints are declared, whoever may use them. */
  public int declaredCount() {
    return declaredClasses().size();
  }

  /** The endpoints whose permissions {@code grants} hold, by name. */
  public List<DocumentedEndpoint> usableWith(Grants grants) {
    return declaredClasses().stream()
        .filter(
            c -> Arrays.stream(c.getAnnotation(ApiEndpoint.class).requires()).allMatch(grants::has))
        .map(c -> describe(c, grants))
        .toList();
  }

  /** {@code grants} decides which search fields are listed. */
  private DocumentedEndpoint describe(Class<?> resource, Grants grants) {
    ApiEndpoint declared = resource.getAnnotation(ApiEndpoint.class);
    List<DocumentedParameter> parameters = new ArrayList<>();
    Arrays.stream(declared.parameters()).map(DocumentedParameter::of).forEach(parameters::add);
    if (declared.searchFieldParameters()) {
      parameters.addAll(searchParameters.visibleTo(grants));
    }
    return new DocumentedEndpoint(
        declared.name(),
        path(resource),
        List.of(declared.methods()),
        declared.summary(),
        List.of(declared.requires()),
        parameters);
  }

  /** {@code SuperSearch} and {@code NoOp/} both become {@code /api/<name>/}. */
  static String path(Class<?> resource) {
    Path path = resource.getAnnotation(Path.class);
    String value = path == null ? "" : path.value().replaceAll("^/+|/+$", "");
    boolean endpointName = !value.contains("/");
    return "/api/" + value + (endpointName ? "/" : "");
  }

  @SuppressWarnings("unchecked")
  private List<Class<?>> declaredClasses() {
    Object classes = servletContext.getAttribute(ApiEndpointScan.ATTRIBUTE);
    return classes == null ? List.of() : (List<Class<?>>) classes;
  }
}
