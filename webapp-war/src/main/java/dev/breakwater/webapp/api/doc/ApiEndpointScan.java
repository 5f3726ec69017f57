package dev.breakwater.webapp.api.doc;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.HandlesTypes;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the {@link ApiEndpoint} classes when the webapp starts. The servlet container already scans
 * the archive's classes for annotations; asking it here means a new endpoint needs no list to be
 * added to, and works although most resources are no CDI beans (the archive's bean discovery is
 * {@code annotated}, so a CDI extension would not see them).
 */
@HandlesTypes(ApiEndpoint.class)
public class ApiEndpointScan implements ServletContainerInitializer {

  /** The servlet-context attribute holding the endpoint classes, sorted by endpoint name. */
  static final String ATTRIBUTE = ApiEndpointScan.class.getName();

  @Override
  public void onStartup(Set<Class<?>> classes, ServletContext context) {
    List<Class<?>> endpoints =
        classes == null
            ? List.of()
            : classes.stream()
                .filter(c -> c.isAnnotationPresent(ApiEndpoint.class))
                .sorted(Comparator.comparing(c -> c.getAnnotation(ApiEndpoint.class).name()))
                .toList();
    context.setAttribute(ATTRIBUTE, endpoints);
  }
}
