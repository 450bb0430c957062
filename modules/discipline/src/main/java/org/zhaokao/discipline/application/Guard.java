package org.zhaokao.discipline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zhaokao.discipline.DisciplinePlugin;
import org.zhaokao.discipline.domain.DisciplineException;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditResult;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Function permissions of discipline's use cases ({@code stage:discipline:<action>}) and their
 * audit: every refusal is recorded as DENIED, every change as SUCCESS in the change's transaction.
 */
@ApplicationScoped
public class Guard {

  /** Report an incident by hand and read incidents. */
  public static final String REPORT = "report";

  /** Investigate, decide, resolve appeals, edit the catalogue. */
  public static final String DECIDE = "decide";

  /** Approve or refuse a blacklisting as the second officer. */
  public static final String APPROVE = "approve";

  @Inject private CoreAccess access;

  /**
   * @throws DisciplineException (403) if the actor lacks the permission; the attempt is audited
   */
  public void require(Actor actor, String action) {
    String permission = "stage:" + DisciplinePlugin.ID + ":" + action;
    if (actor.principal().isEmpty() || !actor.isPermitted(permission)) {
      record(
          entry(actor, "authz.denied").result(AuditResult.DENIED).detail("permission", permission));
      throw DisciplineException.forbidden(
          "Your account may not do this (needs " + permission + ")");
    }
  }

  /** The actor's account, or a 403 for a visitor. */
  public long account(Actor actor) {
    return actor
        .principal()
        .orElseThrow(() -> DisciplineException.forbidden("Log in first"))
        .accountId();
  }

  public AuditEntry.Builder entry(Actor actor, String action) {
    return AuditEntry.builder(action, AuditActor.of(actor))
        .client(actor.clientIp(), actor.userAgent());
  }

  public void record(AuditEntry.Builder entry) {
    access.core().auditLog().record(entry.build());
  }
}
