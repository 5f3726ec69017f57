package dev.breakwater.webapp.signatures;

import dev.breakwater.webapp.api.ApiParameters;
import dev.breakwater.webapp.api.FormErrorException;
import dev.breakwater.webapp.api.doc.ApiEndpoint;
import dev.breakwater.webapp.api.doc.ApiParameter;
import dev.breakwater.webapp.api.doc.ParameterType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * {@code GET|POST /api/Bugs/?signatures=S} (repeated): the issues linked to those signatures, plus
 * every other signature linked to the same issues, ordered by issue and signature. POST takes the
 * same parameters as a form, for long signature lists.
 */
@ApiEndpoint(
    name = "Bugs",
    summary =
        "The issues linked to the signatures, with every signature linked to the same issues.",
    methods = {"GET", "POST"},
    parameters = {
      @ApiParameter(name = "signatures", type = ParameterType.STRINGS, required = true)
    })
@Path("Bugs/")
@RequestScoped
public class BugsResource {

  @Inject SignatureRepository signatures;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response get(@Context UriInfo uri) {
    return answer(ApiParameters.of(uri.getQueryParameters()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  public Response post(MultivaluedMap<String, String> form) {
    return answer(ApiParameters.of(form));
  }

  private Response answer(ApiParameters parameters) {
    List<String> asked = parameters.all("signatures").stream().filter(s -> !s.isEmpty()).toList();
    if (asked.isEmpty()) {
      throw FormErrorException.of("signatures", FormErrorException.REQUIRED);
    }
    return Response.ok(BugHits.of(signatures.bugsOf(asked)))
        .header("Cache-Control", "private, max-age=300")
        .build();
  }
}
