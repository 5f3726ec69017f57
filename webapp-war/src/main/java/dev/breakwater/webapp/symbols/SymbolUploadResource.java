package dev.breakwater.webapp.symbols;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakwater.crash.access.Permission;
import dev.breakwater.webapp.api.ApiErrors;
import dev.breakwater.webapp.api.Caller;
import dev.breakwater.webapp.api.doc.ApiEndpoint;
import dev.breakwater.webapp.api.doc.ApiParameter;
import dev.breakwater.webapp.api.doc.ParameterType;
import dev.breakwater.webapp.auth.token.TokenService;
import dev.breakwater.webapp.auth.token.TokenVerdict;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /api/symbols/upload}: Breakpad symbol files for the processor's symbol lookup (see
 * docs/symbols.md). The body is {@code multipart/form-data} with one or more {@code .sym} or {@code
 * .zip} file parts, or a single file as the raw body.
 *
 * <p>The uploader is an API token holding {@code upload_symbols}, sent as {@code Auth-Token} (the
 * token filter has then made the request its owner's) or as {@code Authorization: Bearer}, or a
 * logged-in user with that permission. The tokens configured in {@code
 * breakwater.webapp.symbols.upload-tokens} still work in either header (deprecated).
 */
@ApiEndpoint(
    name = "symbols/upload",
    summary =
        "Uploads Breakpad symbol files (.sym, or a .zip of them) as multipart/form-data; each file is checked and stored for the processor.",
    methods = {"POST"},
    requires = Permission.UPLOAD_SYMBOLS,
    parameters = {
      @ApiParameter(
          name = "file",
          type = ParameterType.STRINGS,
          required = true,
          description = "the files, one part each")
    })
@Path("symbols/upload")
@RequestScoped
public class SymbolUploadResource {

  /** Tecken's token header, accepted beside {@code Authorization: Bearer}. */
  static final String AUTH_TOKEN = "Auth-Token";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject SymbolUpload upload;

  @Inject Caller caller;

  @Inject TokenService apiTokens;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam(AUTH_TOKEN) String authToken,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long contentLength,
      InputStream body) {
    String token = token(authorization, authToken);
    String uploader = uploader(token);
    if (uploader == null
        && caller.user() != null
        && (token == null || !upload.isConfiguredToken(token))) {
      return ApiErrors.permissionRequired(Permission.UPLOAD_SYMBOLS);
    }
    UploadResult result =
        uploader != null
            ? upload.uploadAs(uploader, contentType, contentLength, body)
            : upload.upload(token, contentType, contentLength, body);
    Response.ResponseBuilder response =
        Response.status(result.outcome().status())
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(json(answer(result)));
    if (result.outcome() == UploadOutcome.UNAUTHORIZED) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"breakwater symbols\"");
    }
    if (result.outcome() == UploadOutcome.STORAGE_ERROR) {
      response.header(HttpHeaders.RETRY_AFTER, "30");
    }
    return response.build();
  }

  /**
   * The API-token user uploading, or null to fall back to the configured upload tokens. A bearer
   * token is checked here: the Auth-Token filter reads only {@code Auth-Token}, and an unknown
   * bearer token keeps getting the upload's own 401.
   */
  private String uploader(String token) {
    if (caller.user() == null
        && token != null
        && !token.isBlank()
        && !upload.isConfiguredToken(token)
        && apiTokens.check(token.strip()) instanceof TokenVerdict.Valid valid) {
      caller.authenticated(valid.username(), valid.grants());
    }
    return caller.grants().has(Permission.UPLOAD_SYMBOLS) ? "user:" + caller.user() : null;
  }

  /** The bearer token of {@code Authorization}, else the {@code Auth-Token} header, else null. */
  static String token(String authorization, String authToken) {
    if (authorization != null
        && authorization.strip().toLowerCase(Locale.ROOT).startsWith("bearer ")) {
      return authorization.strip().substring("bearer ".length()).strip();
    }
    return authToken;
  }

  /** The JSON answer: the stored files, or an error with the refused files or exceeded limit. */
  static Map<String, Object> answer(UploadResult result) {
    Map<String, Object> answer = new LinkedHashMap<>();
    if (result.outcome() == UploadOutcome.STORED) {
      answer.put("uploaded", result.stored().stream().map(SymbolUploadResource::stored).toList());
      return answer;
    }
    answer.put("error", result.message());
    if (result.limit() != null) {
      answer.put("limit", result.limit().code());
    }
    if (!result.rejected().isEmpty()) {
      List<Map<String, String>> rejected =
          result.rejected().stream()
              .map(r -> orderedPair("file", r.file(), "reason", r.reason()))
              .toList();
      answer.put("rejected", rejected);
    }
    return answer;
  }

  private static Map<String, String> orderedPair(String k1, String v1, String k2, String v2) {
    Map<String, String> pair = new LinkedHashMap<>();
    pair.put(k1, v1);
    pair.put(k2, v2);
    return pair;
  }

  private static Map<String, Object> stored(StoredSymbol symbol) {
    Map<String, Object> stored = new LinkedHashMap<>();
    stored.put("file", symbol.file());
    stored.put("debug_file", symbol.debugFile());
    stored.put("debug_id", symbol.debugId());
    stored.put("key", symbol.key());
    stored.put("size", symbol.size());
    return stored;
  }

  private static String json(Map<String, Object> answer) {
    try {
      return JSON.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps of strings and numbers always serialize", e);
    }
  }
}
