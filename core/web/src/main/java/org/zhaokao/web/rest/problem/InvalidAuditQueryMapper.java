package org.zhaokao.web.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.zhaokao.audit.domain.InvalidAuditQueryException;

/** Audit filters or paging the trail cannot take: 400 with one error per field. */
@Provider
public class InvalidAuditQueryMapper implements ExceptionMapper<InvalidAuditQueryException> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(InvalidAuditQueryException e) {
    List<Problem.FieldError> errors =
        e.errors().stream()
            .map(f -> new Problem.FieldError(f.field(), f.code(), f.message()))
            .toList();
    return Problems.response(
        Response.Status.BAD_REQUEST,
        Problems.TYPE_BASE + "invalid-audit-query",
        e.getMessage(),
        uri,
        errors);
  }
}
