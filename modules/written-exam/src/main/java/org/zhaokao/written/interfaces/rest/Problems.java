package org.zhaokao.written.interfaces.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.zhaokao.security.web.problem.Problem;

/** RFC 9457 problem+json answers of the written exam's API: a typed code and the errors, always. */
final class Problems {

  private Problems() {}

  static Response of(int status, String code, String detail, List<String> errors) {
    return Problem.of(status, detail)
        .type("urn:zhaokao:written-exam:" + code)
        .code(code)
        .strings("errors", errors)
        .response();
  }
}
