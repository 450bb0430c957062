package org.zhaokao.security.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.time.Duration;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.session.Session;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.servlet.AdviceFilter;

/**
 * Ends a session that is older than the absolute limit (12 hours), however active it has been; the
 * idle limit is the session manager's.
 */
public class SessionAgeFilter extends AdviceFilter {

  static final Duration ABSOLUTE_LIMIT = Duration.ofHours(12);

  @Override
  protected boolean preHandle(ServletRequest request, ServletResponse response) {
    Subject subject = SecurityUtils.getSubject();
    Session session = subject.getSession(false);
    if (session != null
        && session
            .getStartTimestamp()
            .toInstant()
            .plus(ABSOLUTE_LIMIT)
            .isBefore(java.time.Instant.now())) {
      subject.logout();
    }
    return true;
  }
}
