package org.zhaokao.discipline.interfaces.rest;

import jakarta.ws.rs.core.Response;
import org.zhaokao.security.web.problem.Problem;

/** RFC 9457 problem+json answers of discipline's API: with the stable code. */
final class Problems {

  private Problems() {}

  static Response of(int status, String code, String detail) {
    return Problem.of(status, detail).code(code).response();
  }
}
