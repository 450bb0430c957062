package org.zhaokao.security.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.util.Arrays;
import org.apache.shiro.subject.Subject;

/**
 * Requires permissions held globally or in any scope ({@code zkAnyScope[application:review]}): a
 * reviewer whose role is scoped to employer 7 holds {@code application:review:employer-7}, which
 * Shiro's wildcard rules do not count as {@code application:review}. This keeps an area closed to
 * those who hold the permission nowhere; which records they may touch is the use case's check.
 */
public class AnyScopePermissionFilter extends PermissionRequiredFilter {

  @Override
  public boolean isAccessAllowed(
      ServletRequest request, ServletResponse response, Object mappedValue) {
    Subject subject = getSubject(request, response);
    String[] permissions = (String[]) mappedValue;
    return subject.isAuthenticated()
        && (permissions == null
            || Arrays.stream(permissions)
                .allMatch(p -> ScopedPermissions.heldAnywhere(subject, p)));
  }
}
