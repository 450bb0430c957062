package org.zhaokao.archiving.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zhaokao.archiving.ArchivingPlugin;
import org.zhaokao.archiving.domain.ArchivingException;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditResult;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Function permissions of archiving's use cases ({@code stage:archiving:<action>}) and their audit:
 * every refusal is recorded as DENIED, every change as SUCCESS in the change's transaction.
 */
@ApplicationScoped
public class Guard {

  /** Build, list, verify and download archives (档案员). */
  public static final String BUILD = "build";

  /** Ask for and approve the destruction of expired archives. */
  public static final String DESTROY = "destroy";

  @Inject private CoreAccess access;

  /**
   * @throws ArchivingException (403) if the actor lacks the permission; the attempt is audited
   */
  public void require(Actor actor, String action) {
    String permission = "stage:" + ArchivingPlugin.ID + ":" + action;
    if (actor.principal().isEmpty() || !actor.isPermitted(permission)) {
      record(
          entry(actor, "authz.denied").result(AuditResult.DENIED).detail("permission", permission));
      throw ArchivingException.forbidden("Your account may not do this (needs " + permission + ")");
    }
  }

  public AuditEntry.Builder entry(Actor actor, String action) {
    return AuditEntry.builder(action, AuditActor.of(actor))
        .client(actor.clientIp(), actor.userAgent());
  }

  public void record(AuditEntry.Builder entry) {
    access.core().auditLog().record(entry.build());
  }
}
