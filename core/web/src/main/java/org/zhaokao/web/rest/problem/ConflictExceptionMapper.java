package org.zhaokao.web.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.zhaokao.platform.validation.ConflictException;

/** A clash with what exists: 409, the problem type naming the clash. */
@Provider
public class ConflictExceptionMapper implements ExceptionMapper<ConflictException> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(ConflictException e) {
    return Problems.response(
        Response.Status.CONFLICT, Problems.TYPE_BASE + e.code(), e.getMessage(), uri, List.of());
  }
}
