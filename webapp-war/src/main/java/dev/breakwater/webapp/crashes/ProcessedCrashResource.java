package dev.breakwater.webapp.crashes;

import dev.breakwater.crash.access.CrashRedactor;
import dev.breakwater.crash.storage.StoredCrashes;
import dev.breakwater.webapp.api.ApiErrors;
import dev.breakwater.webapp.api.ApiParameters;
import dev.breakwater.webapp.api.Caller;
import dev.breakwater.webapp.api.doc.ApiEndpoint;
import dev.breakwater.webapp.api.doc.ApiParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code GET /api/ProcessedCrash/?crash_id=ID}: the processed crash from storage, reduced to its
 * public part without {@code view_pii}. A crash stored but not processed yet answers 404 and is
 * queued for priority processing, so asking again soon finds it.
 */
@ApiEndpoint(
    name = "ProcessedCrash",
    summary =
        "The processed crash: signature, stacks, modules, annotations the processor kept, processor notes. Protected fields are removed unless you have View Personal Identifiable Information. A crash stored but not processed yet is queued for processing and answers 404 until it is done.",
    parameters = {@ApiParameter(name = "crash_id", required = true)})
@Path("ProcessedCrash/")
@RequestScoped
public class ProcessedCrashResource {

  @Inject StoredCrashes crashes;

  @Inject CrashRedactor redactor;

  @Inject Caller caller;

  @Inject PriorityRequests priority;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response get(@Context UriInfo uri) {
    String crashId = CrashIdParameter.of(ApiParameters.of(uri.getQueryParameters()));
    return crashes
        .processedCrash(crashId)
        .map(crash -> Response.ok(redactor.processedCrash(crash, caller.grants())).build())
        .orElseGet(
            () -> {
              if (crashes.hasRawCrash(crashId)) {
                priority.request(crashId);
              }
              return ApiErrors.crashNotFound(crashId);
            });
  }
}
