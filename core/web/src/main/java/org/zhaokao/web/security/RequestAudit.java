package org.zhaokao.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.security.AccountPrincipal;

/**
 * Audit entries for what a request does: the actor is the logged-in account (or anonymous), the
 * client is the request's address and user agent.
 */
@RequestScoped
public class RequestAudit {

  @EJB private AuditLog audit;
  @Inject private HttpServletRequest request;

  /** An entry by the current account, from this request's client. */
  public AuditEntry.Builder entry(String action) {
    return entry(action, currentActor());
  }

  /** An entry by {@code actor}, from this request's client. */
  public AuditEntry.Builder entry(String action, AuditActor actor) {
    return AuditEntry.builder(action, actor)
        .client(request.getRemoteAddr(), request.getHeader("User-Agent"));
  }

  public void record(AuditEntry.Builder entry) {
    audit.record(entry.build());
  }

  static AuditActor actorOf(AccountPrincipal principal) {
    return AuditActor.of(principal);
  }

  private static AuditActor currentActor() {
    Subject subject = SecurityUtils.getSubject();
    AccountPrincipal principal =
        subject.isAuthenticated()
            ? subject.getPrincipals().oneByType(AccountPrincipal.class)
            : null;
    return principal == null ? AuditActor.anonymous() : actorOf(principal);
  }
}
