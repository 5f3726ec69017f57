package dev.breakwater.webapp.crashes;

import com.fasterxml.jackson.databind.node.NullNode;
import dev.breakwater.common.crash.CrashId;
import dev.breakwater.common.queue.CrashQueues;
import dev.breakwater.common.queue.RulesetNames;
import dev.breakwater.crash.access.Permission;
import dev.breakwater.webapp.api.ApiErrors;
import dev.breakwater.webapp.api.ApiParameters;
import dev.breakwater.webapp.api.BadArgumentException;
import dev.breakwater.webapp.api.Caller;
import dev.breakwater.webapp.api.FormErrorException;
import dev.breakwater.webapp.api.doc.ApiEndpoint;
import dev.breakwater.webapp.api.doc.ApiParameter;
import dev.breakwater.webapp.api.doc.ParameterType;
import dev.breakwater.webapp.messaging.BrokerMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/Reprocessing/} with a form body {@code crash_ids=ID[:ruleset]} (repeated):
 * queues the crashes on {@code crashes.reprocessing}; needs {@code reprocess_crashes}. The answer
 * is {@code null}, as Socorro's; every ID is checked before any is queued. The permission is
 * checked before the method, so a GET is 403 without it and 405 with it.
 */
@ApiEndpoint(
    name = "Reprocessing",
    summary =
        "Queues crashes to be processed again; answers null. A crash ID may end in :<ruleset> (default, regenerate_signature).",
    methods = {"POST"},
    requires = Permission.REPROCESS_CRASHES,
    parameters = {@ApiParameter(name = "crash_ids", type = ParameterType.STRINGS, required = true)})
@Path("Reprocessing/")
@RequestScoped
public class ReprocessingResource {

  @Inject Caller caller;

  @Inject BrokerMessages messages;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response get() {
    return permitted() ? ApiErrors.methodNotAllowed() : forbidden();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  public Response post(MultivaluedMap<String, String> form) {
    if (!permitted()) {
      return forbidden();
    }
    List<String> crashIds = ApiParameters.of(form).all("crash_ids");
    if (crashIds.stream().allMatch(String::isEmpty)) {
      throw FormErrorException.of("crash_ids", FormErrorException.REQUIRED);
    }
    List<String> bodies = new ArrayList<>();
    for (String value : crashIds) {
      bodies.add(checked(value));
    }
    messages.toQueue(CrashQueues.REPROCESSING, bodies);
    return Response.ok(NullNode.getInstance()).build();
  }

  private static String checked(String value) {
    int colon = value.indexOf(':');
    String crashId = colon < 0 ? value : value.substring(0, colon);
    if (!CrashId.isValid(crashId)) {
      throw BadArgumentException.parameter("Crash id '" + crashId + "' is not valid.");
    }
    if (colon >= 0 && !RulesetNames.ALL.contains(value.substring(colon + 1))) {
      throw BadArgumentException.parameter(
          "Ruleset '" + value.substring(colon + 1) + "' is not valid.");
    }
    return value;
  }

  private boolean permitted() {
    return caller.grants().has(Permission.REPROCESS_CRASHES);
  }

  private static Response forbidden() {
    return ApiErrors.permissionRequired(Permission.REPROCESS_CRASHES);
  }
}
