package org.zhaokao.physical.interfaces.rest;

import jakarta.ws.rs.ext.Provider;
import org.zhaokao.security.web.problem.UnexpectedFailureMapper;

/**
 * Anything unforeseen in the physical-test API: logged, and a 500 problem+json that tells nothing.
 */
@Provider
public class UnexpectedErrorMapper extends UnexpectedFailureMapper {

  public UnexpectedErrorMapper() {
    super("physical-test");
  }
}
