package dev.breakwater.webapp.auth.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.webapp.api.ApiErrors;
import dev.breakwater.webapp.auth.TokenLifetimes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /api/tokens/}, the logged-in user's API tokens (Breakwater's own endpoint, not one of
 * Socorro's; see docs/accounts.md). {@code GET} lists them without their keys; {@code POST} with a
 * JSON body {@code {"permissions": ["view_pii"], "expires_in_days": 30, "notes": "..."}} creates
 * one with a subset of the user's permissions and answers 201 with its key, the only time the key
 * is shown.
 */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  @Inject TokenAccess access;
  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Inject TokenService tokens;
  @Inject TokenLifetimes lifetimes;

  @GET
  public Response list() {
    return access.refusal(headers, uri).orElseGet(this::listing);
  }

  private Response listing() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ArrayNode list = body.putArray("tokens");
    tokens.list(access.user()).forEach(t -> list.add(TokenJson.token(t, now)));
    return Response.ok(body).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(InputStream body) {
    return access.refusal(headers, uri).orElseGet(() -> creation(body));
  }

  private Response creation(InputStream body) {
    JsonNode request;
    try {
      request = JSON.readTree(body);
    } catch (IOException e) {
      return ApiErrors.error(Response.Status.BAD_REQUEST, "the body is not JSON");
    }
    if (request == null || !request.isObject()) {
      return ApiErrors.error(Response.Status.BAD_REQUEST, "the body must be a JSON object");
    }
    JsonNode asked = request.path("permissions");
    if (!asked.isArray()) {
      return ApiErrors.error(
          Response.Status.BAD_REQUEST, "'permissions' must be a list of permission code names");
    }
    List<String> permissions = new ArrayList<>();
    asked.forEach(p -> permissions.add(p.asText()));
    JsonNode days = request.path("expires_in_days");
    if (!days.isMissingNode() && !days.isNull() && !days.canConvertToInt()) {
      return ApiErrors.error(Response.Status.BAD_REQUEST, "'expires_in_days' must be a number");
    }
    try {
      Duration lifetime =
          TokenRules.lifetime(
              days.isMissingNode() || days.isNull() ? null : days.intValue(),
              lifetimes.defaultDays(),
              lifetimes.maxDays());
      ApiTokens.Created created =
          tokens.create(access.user(), permissions, lifetime, request.path("notes").asText(""));
      return Response.status(Response.Status.CREATED)
          .entity(TokenJson.created(created, OffsetDateTime.now(ZoneOffset.UTC)))
          .header("Cache-Control", "no-store")
          .build();
    } catch (IllegalArgumentException e) {
      return ApiErrors.error(Response.Status.BAD_REQUEST, e.getMessage());
    }
  }
}
