package org.zhaokao.web.security;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.zhaokao.web.rest.problem.Problem;

/**
 * How the security filters answer: problem+json for the REST API, redirects and error pages for
 * screens.
 */
final class Responses {

  private static final Jsonb JSON = JsonbBuilder.create();

  private Responses() {}

  static boolean isApi(ServletRequest request) {
    HttpServletRequest http = (HttpServletRequest) request;
    return http.getRequestURI().startsWith(http.getContextPath() + "/api/");
  }

  static void problem(
      ServletResponse response, int status, String title, String detail, ServletRequest request)
      throws IOException {
    HttpServletResponse http = (HttpServletResponse) response;
    http.setStatus(status);
    http.setContentType(Problem.MEDIA_TYPE);
    http.setCharacterEncoding("UTF-8");
    if (status == 401) {
      http.setHeader("WWW-Authenticate", "Session realm=\"zhaokao\"");
    }
    Problem problem =
        new Problem(
            "about:blank",
            title,
            status,
            detail,
            ((HttpServletRequest) request).getRequestURI(),
            null);
    http.getWriter().write(JSON.toJson(problem));
  }

  /** To the login page, remembering where the person wanted to go (a path inside this WAR only). */
  static void toLogin(ServletRequest request, ServletResponse response) throws IOException {
    HttpServletRequest http = (HttpServletRequest) request;
    String wanted = http.getRequestURI().substring(http.getContextPath().length());
    if (http.getQueryString() != null) {
      wanted += "?" + http.getQueryString();
    }
    ((HttpServletResponse) response)
        .sendRedirect(
            http.getContextPath()
                + "/login.xhtml?next="
                + URLEncoder.encode(wanted, StandardCharsets.UTF_8));
  }
}
