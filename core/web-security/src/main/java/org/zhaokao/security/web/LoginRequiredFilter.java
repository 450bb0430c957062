package org.zhaokao.security.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.apache.shiro.web.filter.AccessControlFilter;

/**
 * Lets authenticated subjects through; sends others to the login page, or answers the API with 401.
 */
public class LoginRequiredFilter extends AccessControlFilter {

  @Override
  protected boolean isAccessAllowed(
      ServletRequest request, ServletResponse response, Object mappedValue) {
    return getSubject(request, response).isAuthenticated();
  }

  @Override
  protected boolean onAccessDenied(ServletRequest request, ServletResponse response)
      throws IOException {
    if (Responses.isApi(request)) {
      Responses.problem(
          response, 401, "Unauthorized", "Log in first: POST /api/v1/auth/login", request);
    } else {
      Responses.toLogin(request, response);
    }
    return false;
  }
}
