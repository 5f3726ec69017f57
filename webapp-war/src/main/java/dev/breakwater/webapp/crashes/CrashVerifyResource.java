package dev.breakwater.webapp.crashes;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.common.crash.CrashId;
import dev.breakwater.crash.search.ElasticsearchSettings;
import dev.breakwater.crash.storage.StoredCrashes;
import dev.breakwater.webapp.api.ApiErrors;
import dev.breakwater.webapp.api.ApiParameters;
import dev.breakwater.webapp.api.BackendUnavailableException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;

/**
 * {@code GET /api/CrashVerify/?crash_id=ID} (routed, not in the documentation page, as in Socorro):
 * where the crash is: raw storage, processed storage, the search index. Breakwater has no telemetry
 * store; {@code telemetry_crash} is always false.
 */
@Path("CrashVerify/")
@RequestScoped
public class CrashVerifyResource {

  @Inject StoredCrashes crashes;

  @Inject ElasticsearchClient elasticsearch;

  @Inject ElasticsearchSettings search;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response get(@Context UriInfo uri) {
    String crashId = ApiParameters.of(uri.getQueryParameters()).single("crash_id").orElse("");
    if (!CrashId.isValid(crashId)) {
      return ApiErrors.error(Response.Status.BAD_REQUEST, "unknown crash id");
    }
    ObjectNode answer = JsonNodeFactory.instance.objectNode().put("uuid", crashId);
    answer.put("raw_crash", crashes.hasRawCrash(crashId));
    answer.put("processed_crash", crashes.hasProcessedCrash(crashId));
    answer.put("elasticsearch_crash", indexed(crashId));
    answer.put("telemetry_crash", false);
    return Response.ok(answer).build();
  }

  private boolean indexed(String crashId) {
    try {
      return countIndexed(crashId) > 0;
    } catch (IOException | ElasticsearchException e) {
      throw new BackendUnavailableException("search", e);
    }
  }

  private long countIndexed(String crashId) throws IOException {
    return elasticsearch
        .count(
            c ->
                c.index(search.indices().wildcard())
                    .ignoreUnavailable(true)
                    .allowNoIndices(true)
                    .query(q -> q.ids(i -> i.values(crashId))))
        .count();
  }
}
