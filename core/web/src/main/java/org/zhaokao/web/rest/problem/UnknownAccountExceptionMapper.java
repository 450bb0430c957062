package org.zhaokao.web.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zhaokao.identity.application.UnknownAccountException;

/** No such account: 404. */
@Provider
public class UnknownAccountExceptionMapper implements ExceptionMapper<UnknownAccountException> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(UnknownAccountException e) {
    return Problems.response(Response.Status.NOT_FOUND, e.getMessage(), uri);
  }
}
