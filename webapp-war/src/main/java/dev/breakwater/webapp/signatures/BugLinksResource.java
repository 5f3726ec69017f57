package dev.breakwater.webapp.signatures;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.breakwater.crash.access.Permission;
import dev.breakwater.webapp.api.ApiErrors;
import dev.breakwater.webapp.api.ApiParameters;
import dev.breakwater.webapp.api.BadArgumentException;
import dev.breakwater.webapp.api.Caller;
import dev.breakwater.webapp.api.doc.ApiEndpoint;
import dev.breakwater.webapp.api.doc.ApiParameter;
import dev.breakwater.webapp.api.doc.ParameterType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;

/**
 * {@code POST|DELETE /api/admin/bug-links} with a form {@code bug_id=N&signature=S}: admins link
 * issues of their issue tracker to signatures (and remove links), which Bugs, SignaturesByBugs and
 * the pages show. Breakwater's own endpoint, not Socorro's (Socorro fills its table from Bugzilla).
 */
@ApiEndpoint(
    name = "admin/bug-links",
    summary =
        "Links an issue to a signature (POST) or removes the link (DELETE); answers the link.",
    methods = {"POST", "DELETE"},
    requires = Permission.ADMIN,
    parameters = {
      @ApiParameter(name = "bug_id", type = ParameterType.INTEGER, required = true),
      @ApiParameter(name = "signature", required = true)
    })
@Path("admin/bug-links")
@RequestScoped
public class BugLinksResource {
  private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{0,17}");
  private static final int MAX_SIGNATURE_LENGTH = 255;

  @Inject Caller caller;

  @Inject SignatureRepository signatures;

  @POST
  @Transactional
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  public Response link(MultivaluedMap<String, String> form) {
    if (!caller.grants().has(Permission.ADMIN)) {
      return ApiErrors.permissionRequired(Permission.ADMIN);
    }
    ApiParameters parameters = ApiParameters.of(form);
    long bugId = bugId(parameters);
    String signature = signature(parameters);
    signatures.link(bugId, signature);
    return Response.ok(
            JsonNodeFactory.instance.objectNode().put("id", bugId).put("signature", signature))
        .build();
  }

  @DELETE
  @Transactional
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  public Response unlink(MultivaluedMap<String, String> form) {
    if (!caller.grants().has(Permission.ADMIN)) {
      return ApiErrors.permissionRequired(Permission.ADMIN);
    }
    ApiParameters parameters = ApiParameters.of(form);
    signatures.unlink(bugId(parameters), signature(parameters));
    return Response.noContent().build();
  }

  private static long bugId(ApiParameters parameters) {
    String id = parameters.required("bug_id");
    if (!DIGITS.matcher(id).matches()) {
      throw BadArgumentException.parameter("bug_id");
    }
    return Long.parseLong(id);
  }

  private static String signature(ApiParameters parameters) {
    String signature = parameters.required("signature");
    if (signature.length() > MAX_SIGNATURE_LENGTH) {
      throw BadArgumentException.parameter("signature");
    }
    return signature;
  }
}
