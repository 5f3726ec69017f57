package dev.breakwater.webapp.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.breakwater.webapp.api.doc.ApiEndpoint;
import dev.breakwater.webapp.api.doc.ApiParameter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code GET /api/NoOp/?product=P}: does nothing, the way Socorro's does, so that clients can check
 * their base URL, token and parameter handling: {@code {"hits": [], "total": 0}}; {@code
 * product=bad} is its documented 400.
 */
@ApiEndpoint(
    name = "NoOp",
    summary =
        "Does nothing: checks a client's base URL, token and parameters. Answers {\"hits\": [], \"total\": 0}; product=bad answers 400.",
    parameters = {@ApiParameter(name = "product", required = true)})
@Path("NoOp/")
public class NoOpResource {

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response get(@Context UriInfo uri) {
    String product = ApiParameters.of(uri.getQueryParameters()).required("product");
    if (product.equals("bad")) {
      throw BadArgumentException.parameter("Bad product");
    }
    var body = JsonNodeFactory.instance.objectNode();
    body.putArray("hits");
    body.put("total", 0);
    return Response.ok(body).header("Cache-Control", "private, max-age=300").build();
  }
}
