package org.zhaokao.medical.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zhaokao.medical.application.StageProblem;
import org.zhaokao.security.web.problem.Problem;

/** Answers a refused use case as RFC 9457 problem+json. */
@Provider
public class ProblemMapper implements ExceptionMapper<StageProblem> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(StageProblem e) {
    return Problem.of(e.status(), e.getMessage()).instance(uri).response();
  }
}
