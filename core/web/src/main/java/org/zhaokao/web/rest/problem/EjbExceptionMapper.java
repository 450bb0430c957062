package org.zhaokao.web.rest.problem;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * An EJB wraps an unchecked exception it does not know as an application exception; answer as the
 * mapper of the wrapped cause would, so a validation error thrown inside an EJB is still a 4xx.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

  @Context private Providers providers;
  @Context private UriInfo uri;

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Response toResponse(EJBException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e.getCausedByException();
    if (cause != null && !(cause instanceof EJBException)) {
      ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
      if (mapper != null) {
        return mapper.toResponse(cause);
      }
    }
    return UnhandledExceptionMapper.incident(e, uri);
  }
}
