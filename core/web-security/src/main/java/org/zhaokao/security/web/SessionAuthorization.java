package org.zhaokao.security.web;

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
public final class SessionAuthorization {

  /** Session attribute holding the account's roles and permissions. */
  public static final String ATTRIBUTE = "zk.authorization";

  private SessionAuthorization() {}

  public static AuthorizationInfo cached(
      PrincipalCollection principals, Supplier<AuthorizationInfo> load) {
    if (principals == null) {
      return null;
    }
    Subject subject = SecurityUtils.getSubject();
    Session session = subject == null ? null : subject.getSession(false);
    if (session == null || !principals.equals(subject.getPrincipals())) {
      return load.get();
    }
    Object cached = session.getAttribute(ATTRIBUTE);
    if (cached instanceof AuthorizationInfo info) {
      return info;
    }
    AuthorizationInfo info = load.get();
    session.setAttribute(ATTRIBUTE, info);
    return info;
  }
}
