package org.zhaokao.web.security;

import jakarta.enterprise.inject.spi.CDI;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.zhaokao.identity.application.AccessRights;
import org.zhaokao.plugins.api.security.AccountPrincipal;
import org.zhaokao.security.web.SessionAuthorization;

/**
 * Shiro's view of the identity module. The password is checked by {@link Authentication} (which
 * also counts failures and locks), so the realm's own credential matcher accepts what that check
 * already accepted. Authorisation is cached in the session for its lifetime: role changes take
 * effect at the next login.
 */
public class ZhaokaoRealm extends AuthorizingRealm {

  public ZhaokaoRealm() {
    setCredentialsMatcher(new AllowAllCredentialsMatcher());
    setAuthorizationCachingEnabled(false);
    setAuthenticationCachingEnabled(false);
  }

  @Override
  public boolean supports(AuthenticationToken token) {
    return token instanceof VerifiedLogin;
  }

  @Override
  protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
    VerifiedLogin login = (VerifiedLogin) token;
    return new SimpleAuthenticationInfo(login.getPrincipal(), login.getCredentials(), getName());
  }

  @Override
  protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
    AccountPrincipal principal = principals.oneByType(AccountPrincipal.class);
    if (principal == null) {
      throw new AuthenticationException("no Zhaokao account among the principals");
    }
    AccessRights rights = CDI.current().select(AccessRights.class).get();
    SimpleAuthorizationInfo info = new SimpleAuthorizationInfo(rights.roles(principal.accountId()));
    info.setStringPermissions(rights.permissions(principal.accountId()));
    return info;
  }

  @Override
  protected AuthorizationInfo getAuthorizationInfo(PrincipalCollection principals) {
    return SessionAuthorization.cached(principals, () -> super.getAuthorizationInfo(principals));
  }
}
