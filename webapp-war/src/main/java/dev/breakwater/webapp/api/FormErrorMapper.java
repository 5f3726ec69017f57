package dev.breakwater.webapp.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a {@link FormErrorException} with Socorro's 400 form-errors body. */
@Provider
public class FormErrorMapper implements ExceptionMapper<FormErrorException> {
  @Override
  public Response toResponse(FormErrorException e) {
    return ApiErrors.formErrors(e.errors());
  }
}
