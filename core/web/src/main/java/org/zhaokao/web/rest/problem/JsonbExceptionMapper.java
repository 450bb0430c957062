package org.zhaokao.web.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B's own exception when the runtime lets it through unwrapped: the same 400 as a wrapped one.
 */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(JsonbException e) {
    return Problems.response(Response.Status.BAD_REQUEST, UnreadableBodyMapper.detail(e), uri);
  }
}
