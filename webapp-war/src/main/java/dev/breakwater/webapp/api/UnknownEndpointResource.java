package dev.breakwater.webapp.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/<Name>/} for a name no endpoint has: Socorro's 404 {@code No service called
 * '<Name>'}. Every endpoint's own {@code @Path} is a literal, which JAX-RS prefers to this
 * template.
 */
@Path("{name}")
@Produces(MediaType.APPLICATION_JSON)
public class UnknownEndpointResource {

  @GET
  public Response get(@PathParam("name") String name) {
    return ApiErrors.noService(name);
  }

  @POST
  public Response post(@PathParam("name") String name) {
    return ApiErrors.noService(name);
  }
}
