package org.zhaokao.web.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zhaokao.plugins.api.config.ConfigValidationException;

/** Settings that break their declared rules: 422 with one error per violation. */
@Provider
public class ConfigValidationExceptionMapper implements ExceptionMapper<ConfigValidationException> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(ConfigValidationException e) {
    return Problems.unprocessable(
        "invalid-configuration",
        e.violations().stream()
            .map(v -> new Problem.FieldError(v.property(), v.code().name(), v.detail()))
            .toList(),
        uri);
  }
}
