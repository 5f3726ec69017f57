package dev.breakwater.webapp.api.doc;

import dev.breakwater.crash.access.Permission;
import dev.breakwater.webapp.api.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;

/**
 * {@code GET /api/}: the API reference, generated from the {@link ApiEndpoint} declarations and the
 * search-field registry, listing what the caller's permissions allow.
 */
@Path("")
@RequestScoped
public class ApiDocumentationResource {
  /**
   * Only the archive's own stylesheet; no script, no frames: the page shows registry text that an
   * admin may edit, so nothing in it may run.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
          + "form-action 'self'; frame-ancestors 'none'";

  @Inject ApiCatalog catalog;
  @Inject Caller caller;
  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  public Response get() {
    List<DocumentedEndpoint> usable = catalog.usableWith(caller.grants());
    int hidden = catalog.declaredCount() - usable.size();
    List<Permission> held =
        caller.grants().permissions().stream().sorted(Comparator.naturalOrder()).toList();
    String html =
        ApiDocumentationPage.render(request.getContextPath(), usable, caller.user(), held, hidden);
    return Response.ok(html)
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        // Differs per caller: no shared cache may keep it.
        .header("Cache-Control", "private, no-cache")
        .build();
  }
}
