package org.zhaokao.web.security;

import org.apache.shiro.authc.AuthenticationToken;
import org.zhaokao.plugins.api.security.AccountPrincipal;

/**
 * A login whose every factor the server has already checked ({@link Login}). Created only on the
 * server, never from request data, so the realm can trust it as it is.
 */
final class VerifiedLogin implements AuthenticationToken {

  private static final long serialVersionUID = 1L;

  private final AccountPrincipal principal;

  VerifiedLogin(AccountPrincipal principal) {
    this.principal = principal;
  }

  @Override
  public AccountPrincipal getPrincipal() {
    return principal;
  }

  @Override
  public Object getCredentials() {
    return principal;
  }
}
