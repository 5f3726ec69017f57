package dev.breakwater.webapp.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;

/**
 * {@code /api/<Name>} without its trailing slash answers 301 to {@code /api/<Name>/} for a GET, as
 * Django's APPEND_SLASH does for Socorro, so that clients' URLs keep one form. Socorro's endpoint
 * names are CamelCase words; Breakwater's own paths (symbols/upload, ...) are left alone.
 */
@Provider
@PreMatching
public class TrailingSlashFilter implements ContainerRequestFilter {
  private static final Pattern ENDPOINT_NAME = Pattern.compile("[A-Z][A-Za-z]*");

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath(false);
    String name = path.startsWith("/") ? path.substring(1) : path;
    if (HttpMethod.GET.equals(request.getMethod()) && ENDPOINT_NAME.matcher(name).matches()) {
      UriBuilder target = request.getUriInfo().getRequestUriBuilder();
      target.replacePath(request.getUriInfo().getBaseUri().getRawPath() + name + "/");
      request.abortWith(
          Response.status(Response.Status.MOVED_PERMANENTLY).location(target.build()).build());
    }
  }
}
