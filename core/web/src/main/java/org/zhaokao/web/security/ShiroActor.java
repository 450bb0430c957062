package org.zhaokao.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.apache.shiro.subject.Subject;
import org.zhaokao.plugins.api.security.AccountPrincipal;
import org.zhaokao.plugins.api.security.Actor;

/** The {@link Actor} of a web request: Shiro's subject and the request's client. */
final class ShiroActor implements Actor {

  private final Subject subject;
  private final String ip;
  private final String userAgent;

  ShiroActor(Subject subject, HttpServletRequest request) {
    this.subject = subject;
    this.ip = request == null || request.getRemoteAddr() == null ? "" : request.getRemoteAddr();
    String ua = request == null ? null : request.getHeader("User-Agent");
    this.userAgent = ua == null ? "" : ua;
  }

  @Override
  public Optional<AccountPrincipal> principal() {
    return subject.isAuthenticated()
        ? Optional.ofNullable(subject.getPrincipals().oneByType(AccountPrincipal.class))
        : Optional.empty();
  }

  @Override
  public boolean isPermitted(String permission) {
    return subject.isAuthenticated() && subject.isPermitted(permission);
  }

  @Override
  public String clientIp() {
    return ip;
  }

  @Override
  public String userAgent() {
    return userAgent;
  }
}
