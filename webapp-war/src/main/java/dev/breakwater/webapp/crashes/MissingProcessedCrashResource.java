package dev.breakwater.webapp.crashes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.webapp.api.ApiErrors;
import dev.breakwater.webapp.api.ApiParameters;
import dev.breakwater.webapp.api.doc.ApiEndpoint;
import dev.breakwater.webapp.api.doc.ApiParameter;
import dev.breakwater.webapp.api.doc.ParameterType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
 * {@code GET /api/MissingProcessedCrash/?page=N}: the crashes the self-healing job found stored but
 * unprocessed, 1000 a page by ID, with absolute {@code next}/{@code previous} links (Django REST
 * framework's page shape, as Socorro's). A page past the end answers the last page; {@code next}
 * and {@code previous} are computed from the number asked, as Django's paginator does.
 */
@ApiEndpoint(
    name = "MissingProcessedCrash",
    summary =
        "Crashes the self-healing job found stored but not processed, newest first, 1,000 a page.",
    parameters = {@ApiParameter(name = "page", type = ParameterType.INTEGER, defaultValue = "1")})
@Path("MissingProcessedCrash/")
@RequestScoped
public class MissingProcessedCrashResource {
  static final int PAGE_SIZE = 1000;
  private static final DateTimeFormatter CREATED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

  @PersistenceContext(unitName = "breakwater")
  EntityManager entityManager;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response get(@Context UriInfo uri) {
    int page;
    try {
      page =
          Integer.parseInt(ApiParameters.of(uri.getQueryParameters()).single("page").orElse("1"));
    } catch (NumberFormatException e) {
      return ApiErrors.error(Response.Status.BAD_REQUEST, "invalid page number");
    }
    if (page < 1) {
      return ApiErrors.error(Response.Status.BAD_REQUEST, "invalid page number");
    }
    long count =
        entityManager
            .createQuery("SELECT COUNT(m) FROM MissingProcessedCrash m", Long.class)
            .getSingleResult();
    int lastPage = (int) Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
    int shown = Math.min(page, lastPage);
    List<MissingProcessedCrash> rows =
        entityManager
            .createQuery(
                "SELECT m FROM MissingProcessedCrash m ORDER BY m.id", MissingProcessedCrash.class)
            .setFirstResult((shown - 1) * PAGE_SIZE)
            .setMaxResults(PAGE_SIZE)
            .getResultList();
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ArrayNode results = body.putArray("results");
    for (MissingProcessedCrash row : rows) {
      results
          .addObject()
          .put("crash_id", row.crashId())
          .put("is_processed", row.processed())
          .put("created", CREATED.format(row.created().withOffsetSameInstant(ZoneOffset.UTC)));
    }
    body.put("count", count);
    body.put("next", page < lastPage ? link(uri, page + 1) : null);
    body.put("previous", page > 1 ? link(uri, page - 1) : null);
    return Response.ok(body).build();
  }

  private static String link(UriInfo uri, int page) {
    return uri.getRequestUriBuilder().replaceQueryParam("page", page).build().toString();
  }
}
