package org.zhaokao.web.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.zhaokao.audit.domain.RetentionRefusedException;

/** An audit retention below three years: 422, and nothing was purged. */
@Provider
public class RetentionRefusedMapper implements ExceptionMapper<RetentionRefusedException> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(RetentionRefusedException e) {
    return Problems.response(
        CustomStatus.UNPROCESSABLE,
        Problems.TYPE_BASE + "retention-refused",
        e.getMessage(),
        uri,
        List.of());
  }
}
