package org.zhaokao.physical.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zhaokao.physical.application.StageProblem;
import org.zhaokao.physical.domain.imports.RowError;
import org.zhaokao.security.web.problem.Problem;

/** Answers a refused use case as RFC 9457 problem+json, with the wrong rows of a batch. */
@Provider
public class ProblemMapper implements ExceptionMapper<StageProblem> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(StageProblem e) {
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (RowError r : e.rowErrors()) {
      rows.add(
          Json.createObjectBuilder()
              .add("row", r.row())
              .add("column", r.column())
              .add("message", r.message()));
    }
    return Problem.of(e.status(), e.getMessage()).instance(uri).with("errors", rows).response();
  }
}
