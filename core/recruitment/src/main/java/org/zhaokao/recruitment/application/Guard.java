package org.zhaokao.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.zhaokao.platform.validation.AccessDeniedException;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.audit.AuditResult;
import org.zhaokao.plugins.api.security.Actor;

/**
 * The recruitment module's permission checks and audit entries. Every use case asks here, whatever
 * the web layer already checked on the URL: function level ({@code recruitment:edit}) and object
 * level ({@code recruitment:edit:employer-7} — a role scoped to employer 7 grants only that, a
 * global one grants every employer).
 */
@ApplicationScoped
public class Guard {

  @EJB private AuditLog audit;

  /** The permission on one employer's records. */
  public static String onEmployer(String permission, long employerId) {
    return permission + ":employer-" + employerId;
  }

  /** Whether the actor holds {@code permission} for the employer's records or this recruitment. */
  public static boolean mayOn(Actor actor, String permission, long employerId, long recruitmentId) {
    return actor.isPermitted(onEmployer(permission, employerId))
        || actor.isPermitted(permission + ":recruitment-" + recruitmentId);
  }

  /**
   * Refuses, and records the refusal, unless the actor holds {@code permission}.
   *
   * @throws AccessDeniedException when not
   */
  public void require(Actor actor, String permission, String targetType, String targetId) {
    if (!actor.isPermitted(permission)) {
      deny(actor, permission, targetType, targetId);
    }
  }

  /** Records the refusal and throws it. */
  public AccessDeniedException deny(
      Actor actor, String permission, String targetType, String targetId) {
    record(
        entry(actor, "authz.denied")
            .target(targetType, targetId)
            .result(AuditResult.DENIED)
            .detail("permission", permission));
    throw new AccessDeniedException("Your account may not do this (needs " + permission + ")");
  }

  /**
   * The logged-in candidate's account id.
   *
   * @throws AccessDeniedException for anyone else
   */
  public long candidate(Actor actor) {
    if (actor.principal().map(p -> p.candidate()).orElse(false)
        && actor.isPermitted("candidate:self")) {
      return actor.accountId();
    }
    throw deny(actor, "candidate:self", "", "");
  }

  /** An entry by the actor, from the actor's client. */
  public AuditEntry.Builder entry(Actor actor, String action) {
    return AuditEntry.builder(action, AuditActor.of(actor))
        .client(actor.clientIp(), actor.userAgent());
  }

  public void record(AuditEntry.Builder entry) {
    audit.record(entry.build());
  }
}
