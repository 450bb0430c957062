package org.zhaokao.archiving.interfaces.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.zhaokao.security.web.problem.Problem;

/** RFC 9457 problem+json answers of the archiving API: the code, and what is wrong when listed. */
final class Problems {

  private Problems() {}

  static Response of(int status, String code, String detail, List<String> problems) {
    Problem problem = Problem.of(status, detail).code(code);
    if (!problems.isEmpty()) {
      problem.strings("problems", problems);
    }
    return problem.response();
  }
}
