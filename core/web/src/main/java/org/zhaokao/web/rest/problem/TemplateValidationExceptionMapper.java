package org.zhaokao.web.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zhaokao.notification.application.template.TemplateValidationException;

/** A refused notification template: 422 with one error per problem, each naming what is wrong. */
@Provider
public class TemplateValidationExceptionMapper
    implements ExceptionMapper<TemplateValidationException> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(TemplateValidationException e) {
    return Problems.unprocessable(
        "invalid-template",
        e.violations().stream()
            .map(v -> new Problem.FieldError(v.field(), v.code(), v.message()))
            .toList(),
        uri);
  }
}
