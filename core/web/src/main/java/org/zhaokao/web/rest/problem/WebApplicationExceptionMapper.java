package org.zhaokao.web.rest.problem;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors the JAX-RS runtime or a resource raised with a status: unknown route, wrong method,
 * unsupported media type, a resource's own 4xx. The runtime's messages name its internals, so
 * routing errors get our own wording.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    Response.StatusType status = original.getStatusInfo();
    if (status.getStatusCode() >= 500) {
      return UnhandledExceptionMapper.incident(e, uri);
    }
    Response problem = Problems.response(status, detail(e, status), uri);
    if (e instanceof NotAllowedException) {
      return Response.fromResponse(problem).allow(original.getAllowedMethods()).build();
    }
    return problem;
  }

  private String detail(WebApplicationException e, Response.StatusType status) {
    if (e instanceof NotFoundException) {
      return "There is no resource at "
          + (uri == null ? "this path" : uri.getRequestUri().getPath());
    }
    if (e instanceof NotAllowedException) {
      return "This resource does not accept the method used; allowed: "
          + e.getResponse().getAllowedMethods();
    }
    return switch (status.getStatusCode()) {
      case 406 ->
          "This resource cannot answer in the media type asked for; ask for application/json";
      case 415 -> "This resource does not accept that request body type; send application/json";
      default ->
          e.getMessage() != null && !e.getMessage().startsWith("RESTEASY")
              ? e.getMessage()
              : status.getReasonPhrase();
    };
  }
}
