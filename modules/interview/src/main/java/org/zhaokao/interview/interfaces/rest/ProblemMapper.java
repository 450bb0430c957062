package org.zhaokao.interview.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zhaokao.interview.application.InterviewProblem;
import org.zhaokao.security.web.problem.Problem;

/** A refused use case as RFC 9457 problem+json, with the stable code and the field at fault. */
@Provider
public class ProblemMapper implements ExceptionMapper<InterviewProblem> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(InterviewProblem problem) {
    Problem answer = Problem.of(problem.status(), problem.getMessage()).code(problem.code());
    if (!problem.field().isEmpty()) {
      answer.with("field", problem.field());
    }
    return answer.instance(uri).response();
  }
}
