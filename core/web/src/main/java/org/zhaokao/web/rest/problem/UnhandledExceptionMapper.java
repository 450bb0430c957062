package org.zhaokao.web.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper claims: a 500 whose body names an incident id and nothing else; the
 * stack trace goes to the server log under the same id.
 */
@Provider
public class UnhandledExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnhandledExceptionMapper.class.getName());

  @Context private UriInfo uri;

  @Override
  public Response toResponse(Throwable e) {
    return incident(e, uri);
  }

  static Response incident(Throwable e, UriInfo uri) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident + " while serving " + path(uri), e);
    return Problems.response(
        Response.Status.INTERNAL_SERVER_ERROR,
        "The server could not complete the request. Quote incident " + incident + " to support.",
        uri);
  }

  private static String path(UriInfo uri) {
    return uri == null ? "?" : uri.getRequestUri().getPath();
  }
}
