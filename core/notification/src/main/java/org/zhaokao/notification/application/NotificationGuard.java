package org.zhaokao.notification.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.zhaokao.platform.validation.AccessDeniedException;
import org.zhaokao.plugins.api.NotificationChannel;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.audit.AuditResult;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.privacy.Masking;

/**
 * The notification module's permission check and audit entries for staff operations (resend,
 * template edits, the retention purge). Each use case asks here whatever the URL filter already
 * checked, and records what it changed with the actor and, for addresses, only their masked form.
 */
@ApplicationScoped
public class NotificationGuard {

  /** Operating notifications: templates, the delivery log, resends, purges. */
  public static final String MANAGE = "notification:manage";

  @EJB private AuditLog audit;

  /**
   * Refuses, and records the refusal, unless the actor may operate notifications.
   *
   * @throws AccessDeniedException when not
   */
  public void requireManage(Actor actor, String targetType, String targetId) {
    if (!actor.isPermitted(MANAGE)) {
      audit.record(
          entry(actor, "authz.denied")
              .target(targetType, targetId)
              .result(AuditResult.DENIED)
              .detail("permission", MANAGE)
              .build());
      throw new AccessDeniedException("Your account may not do this (needs " + MANAGE + ")");
    }
  }

  /** An entry by the actor, from the actor's client. */
  public AuditEntry.Builder entry(Actor actor, String action) {
    return AuditEntry.builder(action, AuditActor.of(actor))
        .client(actor.clientIp(), actor.userAgent());
  }

  /** An entry by the server itself (a scheduled job). */
  public AuditEntry.Builder systemEntry(String action) {
    return AuditEntry.builder(action, AuditActor.system());
  }

  public void record(AuditEntry.Builder entry) {
    audit.record(entry.build());
  }

  /** An address as the audit trail may hold it: masked by the platform's rules, never in full. */
  public static String masked(NotificationChannel channel, String address) {
    if (address == null) {
      return "";
    }
    return switch (channel) {
      case EMAIL -> Masking.email(address);
      case SMS -> Masking.mobile(address);
      case INBOX -> "";
    };
  }
}
