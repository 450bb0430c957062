package org.zhaokao.web.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not JSON, or not the JSON the resource expects: 400, never 500. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(ProcessingException e) {
    return Problems.response(Response.Status.BAD_REQUEST, detail(e), uri);
  }

  static String detail(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonbException) {
        return "The request body is not valid JSON for this resource: " + firstLine(t.getMessage());
      }
    }
    return "The request body could not be read as JSON";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed";
    }
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    return line.length() > 300 ? line.substring(0, 300) : line;
  }
}
