package org.zhaokao.security.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen in a stage's API: the server log gets the stack trace, the client a 500
 * problem+json that says nothing of the inside. JAX-RS's own answers (404 for an unknown path, 415,
 * ...) pass through. A stage registers it with a one-line subclass:
 *
 * <pre>{@code
 * @Provider
 * public class UnexpectedErrorMapper extends UnexpectedFailureMapper {
 *   public UnexpectedErrorMapper() { super("medical-check"); }
 * }
 * }</pre>
 */
public abstract class UnexpectedFailureMapper implements ExceptionMapper<RuntimeException> {

  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  private final String api;

  /**
   * @param api the stage whose API this is, for the log line
   */
  protected UnexpectedFailureMapper(String api) {
    this.api = api;
  }

  @Override
  public Response toResponse(RuntimeException e) {
    if (e instanceof WebApplicationException w) {
      return w.getResponse();
    }
    LOG.log(Level.SEVERE, "Unexpected failure in the " + api + " API", e);
    return Problem.of(500, "Something went wrong on our side; the server log has the details")
        .response();
  }
}
