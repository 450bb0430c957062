package org.zhaokao.security.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authz.AuthorizationFilter;

/**
 * Requires every permission listed in the chain ({@code zkPerms[console:view]}). The application
 * layer checks again on every use case; this filter keeps whole areas closed to those who could
 * never use them.
 */
public class PermissionRequiredFilter extends AuthorizationFilter {

  @Override
  public boolean isAccessAllowed(
      ServletRequest request, ServletResponse response, Object mappedValue) {
    Subject subject = getSubject(request, response);
    String[] permissions = (String[]) mappedValue;
    return subject.isAuthenticated()
        && (permissions == null || permissions.length == 0 || subject.isPermittedAll(permissions));
  }

  @Override
  protected boolean onAccessDenied(ServletRequest request, ServletResponse response)
      throws IOException {
    boolean known = getSubject(request, response).isAuthenticated();
    if (known) {
      DeniedAccess.record(getSubject(request, response), (HttpServletRequest) request);
    }
    if (Responses.isApi(request)) {
      if (known) {
        Responses.problem(
            response, 403, "Forbidden", "Your account may not use this resource", request);
      } else {
        Responses.problem(
            response, 401, "Unauthorized", "Log in first: POST /api/v1/auth/login", request);
      }
    } else if (known) {
      ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN);
    } else {
      Responses.toLogin(request, response);
    }
    return false;
  }
}
