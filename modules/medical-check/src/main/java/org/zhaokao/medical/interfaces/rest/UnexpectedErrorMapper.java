package org.zhaokao.medical.interfaces.rest;

import jakarta.ws.rs.ext.Provider;
import org.zhaokao.security.web.problem.UnexpectedFailureMapper;

/**
 * Anything unforeseen in the medical-check API: logged, and a 500 problem+json that tells nothing.
 */
@Provider
public class UnexpectedErrorMapper extends UnexpectedFailureMapper {

  public UnexpectedErrorMapper() {
    super("medical-check");
  }
}
