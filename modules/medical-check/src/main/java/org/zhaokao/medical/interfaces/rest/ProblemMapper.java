package org.zhaokao.medical.interfaces.rest;

import jakarta.json.Json;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zhaokao.medical.application.StageProblem;

/** Answers a refused use case as RFC 9457 problem+json. */
@Provider
public class ProblemMapper implements ExceptionMapper<StageProblem> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(StageProblem e) {
    Response.Status status = Response.Status.fromStatusCode(e.status());
    return Response.status(e.status())
        .type("application/problem+json")
        .entity(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", status == null ? "Unprocessable Content" : status.getReasonPhrase())
                .add("status", e.status())
                .add("detail", e.getMessage())
                .add("instance", uri == null ? "" : uri.getRequestUri().getPath())
                .build()
                .toString())
        .build();
  }
}
