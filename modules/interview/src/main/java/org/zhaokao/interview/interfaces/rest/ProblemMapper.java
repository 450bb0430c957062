package org.zhaokao.interview.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zhaokao.interview.application.InterviewProblem;

/** A refused use case as RFC 9457 problem+json, with the stable code and the field at fault. */
@Provider
public class ProblemMapper implements ExceptionMapper<InterviewProblem> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(InterviewProblem problem) {
    Response.Status known = Response.Status.fromStatusCode(problem.status());
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", known == null ? "Refused" : known.getReasonPhrase())
            .add("status", problem.status())
            .add("detail", problem.getMessage())
            .add("code", problem.code());
    if (!problem.field().isEmpty()) {
      body.add("field", problem.field());
    }
    if (uri != null) {
      body.add("instance", uri.getRequestUri().getPath());
    }
    return Response.status(problem.status())
        .type("application/problem+json")
        .entity(body.build().toString())
        .build();
  }
}
