package org.zhaokao.web.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zhaokao.pipeline.application.registry.UnknownStageException;

/** A stage id no active plugin has: 404. */
@Provider
public class UnknownStageExceptionMapper implements ExceptionMapper<UnknownStageException> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(UnknownStageException e) {
    return Problems.response(Response.Status.NOT_FOUND, e.getMessage(), uri);
  }
}
