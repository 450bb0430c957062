package org.zhaokao.web.security;

import java.util.function.Supplier;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.session.Session;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.subject.Subject;

/**
 * Keeps an account's roles and permissions in its session, so a page full of permission checks asks
 * the database once per login rather than once per check.
 */
final class SessionAuthorization {

  private SessionAuthorization() {}

  static AuthorizationInfo cached(
      PrincipalCollection principals, Supplier<AuthorizationInfo> load) {
    if (principals == null) {
      return null;
    }
    Subject subject = SecurityUtils.getSubject();
    Session session = subject == null ? null : subject.getSession(false);
    if (session == null || !principals.equals(subject.getPrincipals())) {
      return load.get();
    }
    Object cached = session.getAttribute(ZhaokaoRealm.AUTHORIZATION_ATTRIBUTE);
    if (cached instanceof AuthorizationInfo info) {
      return info;
    }
    AuthorizationInfo info = load.get();
    session.setAttribute(ZhaokaoRealm.AUTHORIZATION_ATTRIBUTE, info);
    return info;
  }
}
