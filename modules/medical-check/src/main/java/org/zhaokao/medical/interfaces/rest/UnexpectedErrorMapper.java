package org.zhaokao.medical.interfaces.rest;

import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: the log gets the stack trace, the client a problem+json that says nothing of
 * the inside. JAX-RS's own answers (404 for an unknown path, 415, ...) pass through.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(RuntimeException e) {
    if (e instanceof WebApplicationException w) {
      return w.getResponse();
    }
    LOG.log(Level.SEVERE, "Unexpected failure in the medical-check API", e);
    return Response.serverError()
        .type("application/problem+json")
        .entity(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", "Internal Server Error")
                .add("status", 500)
                .add("detail", "Something went wrong on our side; the server log has the details")
                .build()
                .toString())
        .build();
  }
}
