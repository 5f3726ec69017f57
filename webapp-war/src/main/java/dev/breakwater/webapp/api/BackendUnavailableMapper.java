package dev.breakwater.webapp.api;

import dev.breakwater.common.storage.StorageException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers an unreachable backend with 503 and {@code Retry-After}, where Socorro answers 500: a
 * client (or a load balancer) can tell an outage it should wait out from a bug it should report.
 */
@Provider
public class BackendUnavailableMapper implements ExceptionMapper<BackendUnavailableException> {
  private static final Logger LOG = Logger.getLogger(BackendUnavailableMapper.class.getName());

  @Override
  public Response toResponse(BackendUnavailableException e) {
    LOG.log(Level.WARNING, "answered 503: {0}", e.getMessage());
    return ApiErrors.unavailable(e.backend());
  }

  /** Storage failures reach the API as the storage layer's own exception. */
  @Provider
  public static class Storage implements ExceptionMapper<StorageException> {
    @Override
    public Response toResponse(StorageException e) {
      LOG.log(Level.WARNING, "answered 503: storage is unavailable: {0}", e.getMessage());
      return ApiErrors.unavailable("storage");
    }
  }
}
