package dev.breakwater.webapp.search;

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

/**
 * {@code GET /api/SuperSearch/}: searching and faceting crashes with Socorro's parameters. Fields
 * the caller may not see are silently left out of filters, facets and sort, and removed from hits.
 */
@ApiEndpoint(
    name = "SuperSearch",
    summary =
        "Searches crashes. Every search field is a filter (SuperSearchFields lists them), with the operators its type allows; answers hits, facets, aggregations and histograms. Protected fields are removed from hits and ignored in filters, facets and sorts unless you have View Personal Identifiable Information.",
    searchFieldParameters = true)
@Path("SuperSearch")
@RequestScoped
public class SuperSearchResource {
  @Inject SuperSearch search;
  @Inject Caller caller;
  @Context UriInfo uri;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response get() {
    return SearchAnswers.slashRedirect(uri)
        .orElseGet(
            () ->
                SearchAnswers.answer(
                    () -> search.redacted(uri.getQueryParameters(), caller.grants())));
  }

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Response post() {
    return ApiErrors.methodNotAllowed();
  }
}
