package dev.breakwater.webapp.search;

import dev.breakwater.webapp.api.ApiErrors;
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

/** {@code GET /api/SuperSearchFields/}: every search field's definition, by name. */
@ApiEndpoint(
    name = "SuperSearchFields",
    summary =
        "Every search field's definition, by name: type, operators, whether it is protected, and its description.")
@Path("SuperSearchFields")
@RequestScoped
public class SuperSearchFieldsResource {
  @Inject FieldDefinitions definitions;
  @Context UriInfo uri;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response get() {
    return SearchAnswers.slashRedirect(uri)
        .orElseGet(() -> SearchAnswers.answer(definitions::json));
  }

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Response post() {
    return ApiErrors.methodNotAllowed();
  }
}
