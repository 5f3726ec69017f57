package dev.breakwater.webapp.auth.token;

import dev.breakwater.webapp.api.ApiErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code DELETE /api/tokens/<id>/}: revokes one of the logged-in user's API tokens at once (the
 * next request with it gets 403 "API Token not matched"). 204, or 404 for a token the user does not
 * have.
 */
@Path("tokens/{id: [0-9]+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

  @Inject TokenAccess access;
  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Inject TokenService tokens;

  @DELETE
  public Response revoke(@PathParam("id") long id) {
    return access
        .refusal(headers, uri)
        .orElseGet(
            () ->
                tokens.revoke(access.user(), id)
                    ? Response.noContent().build()
                    : ApiErrors.error(Response.Status.NOT_FOUND, "No token " + id));
  }
}
