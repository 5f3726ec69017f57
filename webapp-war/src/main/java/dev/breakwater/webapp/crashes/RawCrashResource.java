package dev.breakwater.webapp.crashes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.common.storage.StorageKeys;
import dev.breakwater.crash.access.CrashRedactor;
import dev.breakwater.crash.access.Permission;
import dev.breakwater.crash.storage.StoredCrashes;
import dev.breakwater.webapp.api.ApiErrors;
import dev.breakwater.webapp.api.ApiParameters;
import dev.breakwater.webapp.api.BadArgumentException;
import dev.breakwater.webapp.api.Caller;
import dev.breakwater.webapp.api.doc.ApiEndpoint;
import dev.breakwater.webapp.api.doc.ApiParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Optional;

/**
 * {@code GET /api/RawCrash/?crash_id=ID[&format=meta|raw][&name=DUMP]}: the crash's annotations
 * ({@code meta}, the default; reduced to the public ones without {@code view_pii}), or one of its
 * dumps as a download ({@code raw}; needs {@code view_rawdump}, and only that). The crash is looked
 * up before the permission check, so an unknown crash is 404 for everyone, as in Socorro.
 */
@ApiEndpoint(
    name = "RawCrash",
    summary =
        "The crash report's annotations (format=meta; protected ones removed without View Personal Identifiable Information), or one of its dumps as binary (format=raw, needs View Raw Dumps).",
    parameters = {
      @ApiParameter(name = "crash_id", required = true),
      @ApiParameter(
          name = "format",
          defaultValue = "meta",
          description = "meta for the annotations, raw for a dump"),
      @ApiParameter(
          name = "name",
          description = "which dump, for format=raw: upload_file_minidump when empty")
    })
@Path("RawCrash/")
@RequestScoped
public class RawCrashResource {
  private static final String MEMORY_REPORT = "memory_report";

  @Inject StoredCrashes crashes;

  @Inject CrashRedactor redactor;

  @Inject Caller caller;

  @GET
  public Response get(@Context UriInfo uri) {
    ApiParameters parameters = ApiParameters.of(uri.getQueryParameters());
    String crashId = CrashIdParameter.of(parameters);
    String format = parameters.single("format").orElse("meta");
    if (!format.equals("meta") && !format.equals("raw")) {
      throw BadArgumentException.parameter("format");
    }
    Optional<ObjectNode> rawCrash = crashes.rawCrash(crashId);
    if (rawCrash.isEmpty()) {
      return ApiErrors.crashNotFound(crashId);
    }
    if (format.equals("meta")) {
      return Response.ok(redactor.rawCrash(rawCrash.get(), caller.grants()))
          .type(MediaType.APPLICATION_JSON_TYPE)
          .build();
    }
    if (!caller.grants().has(Permission.VIEW_RAWDUMP)) {
      return ApiErrors.error(
          Response.Status.FORBIDDEN,
          "Binary response requires permissions: " + Permission.VIEW_RAWDUMP.displayName());
    }
    return dump(crashId, parameters.single("name").orElse(""));
  }

  private Response dump(String crashId, String name) {
    String stored = name.isEmpty() ? StorageKeys.MAIN_DUMP_NAME : name;
    Optional<InputStream> in = crashes.openDump(crashId, stored);
    if (in.isEmpty()) {
      return ApiErrors.crashNotFound(crashId);
    }
    StreamingOutput body =
        out -> {
          try (InputStream dump = in.get()) {
            dump.transferTo(out);
          }
        };
    return Response.ok(body, MediaType.APPLICATION_OCTET_STREAM_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + fileName(crashId, name) + "\"")
        .build();
  }

  /** Socorro's download names. */
  static String fileName(String crashId, String name) {
    if (name.equals(MEMORY_REPORT)) {
      return "memory_report.json.gz";
    }
    if (name.isEmpty() || name.equals(StorageKeys.MAIN_DUMP_NAME)) {
      return crashId + ".dmp";
    }
    return crashId + "-" + name + ".dmp";
  }
}
