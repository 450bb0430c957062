package org.zhaokao.security.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.zhaokao.plugins.api.security.AccountPrincipal;
import org.zhaokao.plugins.api.security.Actor;

/**
 * The {@link Actor} of a web request in any Zhaokao WAR: the Shiro subject of the shared session
 * and the request's client. A stage WAR's REST resources and Faces beans pass it to their use
 * cases.
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

  /** The actor of the current request (Shiro's filter has bound its subject to the thread). */
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
