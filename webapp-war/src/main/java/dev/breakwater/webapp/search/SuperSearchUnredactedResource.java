package dev.breakwater.webapp.search;

import dev.breakwater.crash.access.Permission;
import dev.breakwater.webapp.api.ApiErrors;
import dev.breakwater.webapp.api.Caller;
import dev.breakwater.webapp.api.doc.ApiEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * {@code GET /api/SuperSearchUnredacted/}: SuperSearch with protected fields, for callers with
 * {@code view_pii}; unknown facet and sort names are refused rather than dropped.
 */
@ApiEndpoint(
    name = "SuperSearchUnredacted",
    summary =
        "Super Search without redaction: protected fields are returned and may be filtered, faceted and sorted on; unknown fields are refused.",
    requires = Permission.VIEW_PII,
    searchFieldParameters = true)
@Path("SuperSearchUnredacted")
@RequestScoped
public class SuperSearchUnredactedResource {
  @Inject SuperSearch search;
  @Inject Caller caller;
  @Context UriInfo uri;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response get() {
    return SearchAnswers.slashRedirect(uri)
        .or(this::refusal)
        .orElseGet(() -> SearchAnswers.answer(() -> search.unredacted(uri.getQueryParameters())));
  }

  /** As in Socorro, the permission is checked before the method. */
  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Response post() {
    return refusal().orElseGet(ApiErrors::methodNotAllowed);
  }

  private Optional<Response> refusal() {
    return caller.grants().has(Permission.VIEW_PII)
        ? Optional.empty()
        : Optional.of(ApiErrors.permissionRequired(Permission.VIEW_PII));
  }
}
