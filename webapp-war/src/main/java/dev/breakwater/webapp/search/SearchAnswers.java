package dev.breakwater.webapp.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.webapp.api.ApiErrors;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.function.Supplier;

/** What the search endpoints share: Socorro's URL form, cache header and form errors. */
final class SearchAnswers {
  /**
   * Socorro's model_wrapper endpoints may be cached by the caller for 5 minutes (crash counts move
   * slowly); never by a shared cache, since answers depend on the caller's permissions.
   */
  static final String CACHE_CONTROL = "private, max-age=300";

  private SearchAnswers() {}

  /**
   * A 301 to the same URL ending in a slash, which is the endpoint's only URL (Django's
   * APPEND_SLASH), when the request's path does not end in one.
   */
  static Optional<Response> slashRedirect(UriInfo uri) {
    String path = uri.getRequestUri().getRawPath();
    if (path.endsWith("/")) {
      return Optional.empty();
    }
    return Optional.of(
        Response.status(Response.Status.MOVED_PERMANENTLY)
            .location(UriBuilder.fromUri(uri.getRequestUri()).replacePath(path + "/").build())
            .build());
  }

  /** 200 with the answer and the cache header, or the form errors of the parameters. */
  static Response answer(Supplier<JsonNode> search) {
    try {
      return Response.ok(search.get(), MediaType.APPLICATION_JSON_TYPE)
          .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
          .build();
    } catch (InvalidFormException e) {
      return ApiErrors.formErrors(e.errors());
    }
  }
}
