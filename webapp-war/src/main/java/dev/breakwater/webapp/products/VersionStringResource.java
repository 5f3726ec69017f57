package dev.breakwater.webapp.products;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.webapp.api.ApiParameters;
import dev.breakwater.webapp.api.doc.ApiEndpoint;
import dev.breakwater.webapp.api.doc.ApiParameter;
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
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/VersionString/?product=P&channel=C&build_id=B}: the version string(s) a build was
 * released as. The channel is compared lowercased; for beta and aurora builds, Socorro's rule
 * applies: when the first version is a beta ({@code b} in it) release candidates are dropped,
 * otherwise only release candidates are kept.
 */
@ApiEndpoint(
    name = "VersionString",
    summary = "The version strings a build of a product on a channel was seen as.",
    parameters = {
      @ApiParameter(name = "product", required = true),
      @ApiParameter(name = "channel", required = true),
      @ApiParameter(name = "build_id", required = true)
    })
@Path("VersionString/")
@RequestScoped
public class VersionStringResource {

  @PersistenceContext(unitName = "breakwater")
  EntityManager entityManager;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response get(@Context UriInfo uri) {
    ApiParameters parameters = ApiParameters.of(uri.getQueryParameters());
    String product = parameters.required("product");
    String channel = parameters.required("channel").toLowerCase(Locale.ROOT);
    String buildId = parameters.required("build_id");
    List<String> versions =
        entityManager
            .createQuery(
                "SELECT v.versionString FROM ProductVersion v WHERE v.product = :product"
                    + " AND v.releaseChannel = :channel AND v.buildId = :build"
                    + " ORDER BY v.firstSeen, v.versionString",
                String.class)
            .setParameter("product", product)
            .setParameter("channel", channel)
            .setParameter("build", buildId)
            .getResultList();
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ArrayNode hits = body.putArray("hits");
    for (String version : forChannel(channel, versions)) {
      hits.addObject().put("version_string", version);
    }
    body.put("total", hits.size());
    return Response.ok(body).header("Cache-Control", "private, max-age=300").build();
  }

  static List<String> forChannel(String channel, List<String> versions) {
    if (versions.isEmpty() || !(channel.equals("beta") || channel.equals("aurora"))) {
      return versions;
    }
    boolean beta = versions.get(0).contains("b");
    return versions.stream().filter(v -> v.contains("rc") != beta).toList();
  }
}
