package dev.breakwater.webapp.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a {@link BadArgumentException} with Socorro's 400 body. */
@Provider
public class BadArgumentMapper implements ExceptionMapper<BadArgumentException> {
  @Override
  public Response toResponse(BadArgumentException e) {
    return ApiErrors.badArgument(e.getMessage());
  }
}
