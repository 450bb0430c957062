package org.zhaokao.security.web;

import jakarta.json.Json;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How the security filters answer: RFC 9457 problem+json for REST calls, redirects to the core's
 * login page and error pages for screens.
 */
final class Responses {

  /** The core WAR, which has the login page. */
  static final String CORE = "/zhaokao";

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
    http.setContentType("application/problem+json");
    http.setCharacterEncoding("UTF-8");
    if (status == 401) {
      http.setHeader("WWW-Authenticate", "Session realm=\"zhaokao\"");
    }
    http.getWriter()
        .write(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("instance", ((HttpServletRequest) request).getRequestURI())
                .build()
                .toString());
  }

  /**
   * To the core's login page, remembering where the person wanted to go: a path on this server (in
   * the core or a stage WAR), never another site.
   */
  static void toLogin(ServletRequest request, ServletResponse response) throws IOException {
    HttpServletRequest http = (HttpServletRequest) request;
    String wanted = http.getRequestURI();
    if (http.getQueryString() != null) {
      wanted += "?" + http.getQueryString();
    }
    ((HttpServletResponse) response)
        .sendRedirect(
            CORE + "/login.xhtml?next=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8));
  }
}
