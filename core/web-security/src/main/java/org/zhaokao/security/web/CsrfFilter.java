package org.zhaokao.security.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.session.Session;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.PathMatchingFilter;

/**
 * Refuses a state-changing REST request that comes with a session but without that session's CSRF
 * token in {@value Csrf#HEADER}. Requests without a session (logging in, registering, a script with
 * no cookie) have nothing to forge.
 */
public class CsrfFilter extends PathMatchingFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected boolean onPreHandle(
      ServletRequest request, ServletResponse response, Object mappedValue) throws Exception {
    HttpServletRequest http = (HttpServletRequest) request;
    if (SAFE.contains(http.getMethod())) {
      return true;
    }
    Subject subject = SecurityUtils.getSubject();
    Session session = subject.getSession(false);
    if (session == null
        || !subject.isAuthenticated()
        || Csrf.matches(session, http.getHeader(Csrf.HEADER))) {
      return true;
    }
    Responses.problem(
        response,
        403,
        "Forbidden",
        "Missing or wrong " + Csrf.HEADER + " header: send the token from the login response",
        request);
    return false;
  }
}
