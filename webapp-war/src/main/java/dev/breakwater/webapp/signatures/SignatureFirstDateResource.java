package dev.breakwater.webapp.signatures;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.webapp.api.ApiParameters;
import dev.breakwater.webapp.api.FormErrorException;
import dev.breakwater.webapp.api.doc.ApiEndpoint;
import dev.breakwater.webapp.api.doc.ApiParameter;
import dev.breakwater.webapp.api.doc.ParameterType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code GET /api/SignatureFirstDate/?signatures=S} (repeated): when and in which build each
 * signature was first seen; unknown signatures are absent from {@code hits}. {@code first_build} is
 * a string and {@code first_date} Python's {@code isoformat()} ({@code 2019-01-01T00:00:00+00:00}),
 * as Socorro's clients parse them.
 */
@ApiEndpoint(
    name = "SignatureFirstDate",
    summary = "When each signature was first seen, and in which build.",
    parameters = {
      @ApiParameter(name = "signatures", type = ParameterType.STRINGS, required = true)
    })
@Path("SignatureFirstDate/")
@RequestScoped
public class SignatureFirstDateResource {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

  @Inject SignatureRepository signatures;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response get(@Context UriInfo uri) {
    List<String> asked =
        ApiParameters.of(uri.getQueryParameters()).all("signatures").stream()
            .filter(s -> !s.isEmpty())
            .toList();
    if (asked.isEmpty()) {
      throw FormErrorException.of("signatures", FormErrorException.REQUIRED);
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ArrayNode hits = body.putArray("hits");
    for (Signature signature : signatures.firstAppearances(asked)) {
      hits.addObject()
          .put("signature", signature.signature())
          .put("first_build", signature.firstBuild())
          .put("first_date", isoformat(signature));
    }
    body.put("total", hits.size());
    return Response.ok(body).header("Cache-Control", "private, max-age=300").build();
  }

  static String isoformat(Signature signature) {
    var utc = signature.firstDate().withOffsetSameInstant(ZoneOffset.UTC);
    return (utc.getNano() == 0 ? SECONDS : MICROS).format(utc) + "+00:00";
  }
}
