package org.zhaokao.audit.domain;

import java.time.Instant;
import org.zhaokao.plugins.api.audit.AuditResult;

/**
 * What an auditor asks the trail for (审计查询条件). Every part is optional (null).
 *
 * @param from rows recorded at or after this instant
 * @param to rows recorded before this instant
 * @param actorId the actor's id, exactly
 * @param action the action, exactly, or every action starting with the text before a final {@code
 *     *} ({@code auth.*})
 * @param targetType kind of record acted on, exactly
 * @param targetId id of the record acted on, exactly
 * @param result how the action ended
 */
public record AuditFilter(
    Instant from,
    Instant to,
    String actorId,
    String action,
    String targetType,
    String targetId,
    AuditResult result) {

  /** No condition: the whole trail. */
  public static AuditFilter none() {
    return new AuditFilter(null, null, null, null, null, null, null);
  }

  /** Whether the action condition is a prefix ({@code auth.*}). */
  public boolean actionIsPrefix() {
    return action != null && action.endsWith("*");
  }

  /** The action condition without its final {@code *}. */
  public String actionPrefix() {
    return action.substring(0, action.length() - 1);
  }
}
