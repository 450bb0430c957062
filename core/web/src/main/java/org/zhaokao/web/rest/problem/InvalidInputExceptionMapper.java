package org.zhaokao.web.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zhaokao.platform.validation.InvalidInputException;

/** Input a use case refused: 422 with one error per field problem. */
@Provider
public class InvalidInputExceptionMapper implements ExceptionMapper<InvalidInputException> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(InvalidInputException e) {
    return Problems.unprocessable(
        "invalid-input",
        e.problems().stream()
            .map(p -> new Problem.FieldError(p.field(), p.code(), p.message()))
            .toList(),
        uri);
  }
}
