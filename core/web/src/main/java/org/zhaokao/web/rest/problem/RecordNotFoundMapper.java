package org.zhaokao.web.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zhaokao.platform.validation.RecordNotFoundException;

/** No such record (or none the actor may know of): 404. */
@Provider
public class RecordNotFoundMapper implements ExceptionMapper<RecordNotFoundException> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(RecordNotFoundException e) {
    return Problems.response(Response.Status.NOT_FOUND, e.getMessage(), uri);
  }
}
