package org.zhaokao.security.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.zhaokao.plugins.api.security.AccountPrincipal;
import org.zhaokao.plugins.api.security.Actor;

/**
 * The {@link Actor} of a web request in any WAR: the Shiro subject bound to the request thread and
 * the request's client, for use cases that check permissions and write the audit trail.
 */
public final class RequestActor implements Actor {

  private final Subject subject;
  private final String ip;
  private final String userAgent;

  private RequestActor(Subject subject, HttpServletRequest request) {
    this.subject = subject;
    this.ip = request == null || request.getRemoteAddr() == null ? "" : request.getRemoteAddr();
    String ua = request == null ? null : request.getHeader("User-Agent");
    this.userAgent = ua == null ? "" : ua;
  }

  /** The actor of the current request; call it on the request's thread, inside the Shiro filter. */
  public static Actor of(HttpServletRequest request) {
    return new RequestActor(SecurityUtils.getSubject(), request);
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
