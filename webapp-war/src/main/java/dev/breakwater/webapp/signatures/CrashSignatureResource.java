package dev.breakwater.webapp.signatures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.signature.SignatureGenerator;
import dev.breakwater.signature.SignatureResult;
import dev.breakwater.webapp.api.ApiErrors;
import dev.breakwater.webapp.api.doc.ApiEndpoint;
import dev.breakwater.webapp.api.doc.ApiParameter;
import dev.breakwater.webapp.api.doc.ParameterType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code POST /api/CrashSignature/} with {@code {"jobs": [<crash data>, ...]}}: the signature each
 * crash would get, from the processor's own signature generation run here in process (Socorro's
 * siggen API): {@code {"results": [{"signature", "notes", "extra"}]}}.
 */
@ApiEndpoint(
    name = "CrashSignature",
    summary =
        "Generates signatures for posted crash data with the processor's signature generator: POST {\"jobs\": [crash data, ...]} as JSON, at most 1,000 jobs; answers {\"results\": [{\"signature\", \"notes\", \"extra\"}]}.",
    methods = {"POST"},
    parameters = {
      @ApiParameter(
          name = "jobs",
          type = ParameterType.JSON_BODY,
          required = true,
          description = "the crash data to sign, one object per job")
    })
@Path("CrashSignature/")
@RequestScoped
public class CrashSignatureResource {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Most crashes one request may ask about: generation is CPU work on a shared webapp. */
  static final int MAX_JOBS = 1000;

  @Inject SignatureGenerator generator;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response post(InputStream body) {
    JsonNode request;
    try {
      request = JSON.readTree(body);
    } catch (IOException e) {
      return ApiErrors.error(Response.Status.BAD_REQUEST, "the body is not JSON");
    }
    JsonNode jobs = request == null ? null : request.get("jobs");
    if (jobs == null || !jobs.isArray() || jobs.isEmpty()) {
      return ApiErrors.error(Response.Status.BAD_REQUEST, "no jobs specified");
    }
    if (jobs.size() > MAX_JOBS) {
      return ApiErrors.error(
          Response.Status.BAD_REQUEST, "at most " + MAX_JOBS + " jobs per request");
    }
    ObjectNode answer = JsonNodeFactory.instance.objectNode();
    ArrayNode results = answer.putArray("results");
    for (JsonNode job : jobs) {
      results.add(result(generator.generate(job)));
    }
    return Response.ok(answer).build();
  }

  private static ObjectNode result(SignatureResult generated) {
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.put("signature", generated.signature());
    generated.notes().forEach(result.putArray("notes")::add);
    ObjectNode extra = result.putObject("extra");
    if (generated.protoSignature() != null) {
      extra.put("proto_signature", generated.protoSignature());
    }
    return result;
  }
}
