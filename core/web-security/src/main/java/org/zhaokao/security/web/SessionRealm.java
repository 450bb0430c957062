package org.zhaokao.security.web;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * The realm of a stage WAR: it never logs anyone in (the core does, and the session carries the
 * login here), and answers permission checks from what the core stored in the shared session at
 * login.
 */
public class SessionRealm extends AuthorizingRealm {

  public SessionRealm() {
    setAuthorizationCachingEnabled(false);
    setAuthenticationCachingEnabled(false);
  }

  @Override
  public boolean supports(AuthenticationToken token) {
    return false;
  }

  @Override
  protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
    throw new AuthenticationException("stage WARs do not log in: the core's login page does");
  }

  @Override
  protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
    // Reached only when the session holds no authorisation, which the core stores at every login.
    return new SimpleAuthorizationInfo();
  }

  @Override
  protected AuthorizationInfo getAuthorizationInfo(PrincipalCollection principals) {
    return SessionAuthorization.cached(principals, () -> super.getAuthorizationInfo(principals));
  }
}
