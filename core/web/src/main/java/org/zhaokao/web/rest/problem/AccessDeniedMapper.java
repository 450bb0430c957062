package org.zhaokao.web.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zhaokao.platform.validation.AccessDeniedException;

/** A use case refused the actor: 403. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(AccessDeniedException e) {
    return Problems.response(Response.Status.FORBIDDEN, e.getMessage(), uri);
  }
}
