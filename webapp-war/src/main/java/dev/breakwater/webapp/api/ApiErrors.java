package dev.breakwater.webapp.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.access.Permission;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The error answers of {@code /api/}, in the bodies existing Socorro clients parse
 * (../shared/socorro-api.md §2): {@code error} (a string) for most, {@code errors} (a map of lists)
 * for form validation.
 */
public final class ApiErrors {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ApiErrors() {}

  /** 400 for a {@link BadArgumentException}. */
  public static Response badArgument(String message) {
    return error(Response.Status.BAD_REQUEST, "Bad request: BadArgumentError: " + message);
  }

  /** 400 for missing or ill-typed parameters: {@code {"errors": {"crash_id": ["..."]}}}. */
  public static Response formErrors(Map<String, List<String>> errors) {
    ObjectNode body = NODES.objectNode();
    ObjectNode byField = body.putObject("errors");
    errors.forEach((field, messages) -> messages.forEach(byField.putArray(field)::add));
    return json(Response.Status.BAD_REQUEST, body);
  }

  /** 403 for an endpoint the caller's permissions do not reach. */
  public static Response permissionRequired(Permission permission) {
    return error(
        Response.Status.FORBIDDEN,
        "Use of this endpoint requires the '" + permission.displayName() + "' permission");
  }

  /** 404 for a crash that is not in storage (no colon after the class name, as Socorro). */
  public static Response crashNotFound(String crashId) {
    return error(Response.Status.NOT_FOUND, "Not found: CrashIDNotFound " + crashId);
  }

  /** 404 for an endpoint name that does not exist. */
  public static Response noService(String name) {
    return error(Response.Status.NOT_FOUND, "No service called '" + name + "'");
  }

  /** 405 for a method the endpoint does not take. */
  public static Response methodNotAllowed() {
    return error(Response.Status.METHOD_NOT_ALLOWED, "Method not allowed");
  }

  /** Seconds a client should wait before retrying a 503: long enough for a node to restart. */
  static final int RETRY_AFTER_SECONDS = 30;

  /** 503 for a backend that does not answer, with {@code Retry-After}. */
  public static Response unavailable(String backend) {
    return Response.fromResponse(
            error(
                Response.Status.SERVICE_UNAVAILABLE,
                "Service Unavailable: " + backend + " is not answering"))
        .header("Retry-After", RETRY_AFTER_SECONDS)
        .build();
  }

  /** 500, with what was asked, as Socorro's JSON views answer it. */
  static Response internalError(String path, String queryString) {
    ObjectNode body =
        NODES
            .objectNode()
            .put("error", "Internal Server Error")
            .put("path", path)
            .put("query_string", queryString);
    return json(Response.Status.INTERNAL_SERVER_ERROR, body);
  }

  public static Response error(Response.Status status, String message) {
    return json(status, NODES.objectNode().put("error", message));
  }

  private static Response json(Response.Status status, ObjectNode body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
