package org.zhaokao.discipline.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zhaokao.discipline.domain.DisciplineException;

/** A refusal of a use case as problem+json with its status and code. */
@Provider
public class DisciplineExceptionMapper implements ExceptionMapper<DisciplineException> {

  @Override
  public Response toResponse(DisciplineException e) {
    return Problems.of(e.status(), e.code(), e.getMessage());
  }
}
