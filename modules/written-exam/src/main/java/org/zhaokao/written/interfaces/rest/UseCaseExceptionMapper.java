package org.zhaokao.written.interfaces.rest;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zhaokao.written.application.UseCaseException;

/** Refused use cases as problem+json with their status. */
@Provider
public class UseCaseExceptionMapper implements ExceptionMapper<UseCaseException> {

  @Override
  public Response toResponse(UseCaseException e) {
    return Problems.of(e.status(), e.code(), e.getMessage(), e.details());
  }

  /** Unwraps an exception an EJB call wrapped. */
  @Provider
  public static class Wrapped implements ExceptionMapper<EJBException> {
    @Override
    public Response toResponse(EJBException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UseCaseException u) {
        return Problems.of(u.status(), u.code(), u.getMessage(), u.details());
      }
      java.util.logging.Logger.getLogger(Wrapped.class.getName())
          .log(java.util.logging.Level.SEVERE, "written-exam request failed", e);
      return Problems.of(500, "internal", "The request failed; it is logged", java.util.List.of());
    }
  }

  /** A body the API cannot read: 400 saying what. */
  @Provider
  public static class BadBody implements ExceptionMapper<BadRequest> {
    @Override
    public Response toResponse(BadRequest e) {
      return Problems.of(400, "request.malformed", e.getMessage(), java.util.List.of());
    }
  }
}
