package org.zhaokao.web.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.zhaokao.web.rest.audit.ExportTooLargeException;

/** An export larger than one file may hold: 422 asking for narrower filters. */
@Provider
public class ExportTooLargeMapper implements ExceptionMapper<ExportTooLargeException> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(ExportTooLargeException e) {
    return Problems.response(
        CustomStatus.UNPROCESSABLE,
        Problems.TYPE_BASE + "export-too-large",
        e.getMessage(),
        uri,
        List.of());
  }
}
