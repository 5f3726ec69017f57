package dev.breakwater.webapp.api;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whatever no other mapper answers: a database that cannot be reached is a 503 like the other
 * backends; anything else is Socorro's JSON 500 ({@code error}, {@code path}, {@code query_string})
 * instead of the server's HTML page, logged with its stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {
  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Context UriInfo uri;

  @Override
  public Response toResponse(Exception e) {
    if (e instanceof WebApplicationException web) {
      // JAX-RS's own answers (404 for no resource, 405, 406, ...) keep their status.
      return web.getResponse();
    }
    if (e instanceof PersistenceException && isConnectionFailure(e)) {
      LOG.log(Level.WARNING, "answered 503: the database is unavailable: {0}", e.getMessage());
      return ApiErrors.unavailable("database");
    }
    String path = uri == null ? "" : uri.getRequestUri().getRawPath();
    String query = uri == null ? null : uri.getRequestUri().getRawQuery();
    LOG.log(Level.SEVERE, "answered 500 to " + path, e);
    return ApiErrors.internalError(path, query == null ? "" : query);
  }

  /** SQL state class 08 is "connection exception"; a refused socket says the same. */
  static boolean isConnectionFailure(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException) {
        return true;
      }
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
