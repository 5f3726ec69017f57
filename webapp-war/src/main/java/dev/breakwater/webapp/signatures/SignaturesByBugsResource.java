package dev.breakwater.webapp.signatures;

import dev.breakwater.webapp.api.ApiParameters;
import dev.breakwater.webapp.api.BadArgumentException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** {@code GET /api/SignaturesByBugs/?bug_ids=N} (repeated): the signatures linked to the issues. */
@ApiEndpoint(
    name = "SignaturesByBugs",
    summary = "The signatures linked to the issues.",
    parameters = {@ApiParameter(name = "bug_ids", type = ParameterType.INTEGERS, required = true)})
@Path("SignaturesByBugs/")
@RequestScoped
public class SignaturesByBugsResource {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

  @Inject SignatureRepository signatures;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response get(@Context UriInfo uri) {
    List<String> asked =
        ApiParameters.of(uri.getQueryParameters()).all("bug_ids").stream()
            .filter(s -> !s.isEmpty())
            .toList();
    if (asked.isEmpty()) {
      throw FormErrorException.of("bug_ids", FormErrorException.REQUIRED);
    }
    List<Long> bugIds = new ArrayList<>();
    for (String id : asked) {
      if (!DIGITS.matcher(id).matches()) {
        throw BadArgumentException.parameter("bug_ids");
      }
      bugIds.add(Long.parseLong(id));
    }
    return Response.ok(BugHits.of(signatures.signaturesOf(bugIds)))
        .header("Cache-Control", "private, max-age=300")
        .build();
  }
}
