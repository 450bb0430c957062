package org.zhaokao.discipline.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.zhaokao.discipline.domain.incident.Incidents;
import org.zhaokao.discipline.domain.incident.PendingScoreChange;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;

/**
 * Hears from the core that a second person approved a late change (补正) of a stage score one of our
 * decisions asked for in a published stage — the voiding or the reinstatement: the incident no
 * longer waits, and the candidate is told the change now applies. In the approval's transaction.
 */
@Stateless
public class LateScoreChanges {

  @Inject private Incidents incidents;
  @Inject private DecisionNotices notices;
  @Inject private CoreAccess access;

  /**
   * The approved change, by the application and stage it changed; a change no incident of ours
   * waits for (a plain correction, or one heard before) changes nothing.
   */
  public void approved(long applicationId, String stageId, PendingScoreChange change) {
    incidents
        .awaiting(applicationId, stageId, change)
        .filter(i -> i.scoreChangeApproved(change))
        .ifPresent(
            i -> {
              access
                  .core()
                  .auditLog()
                  .record(
                      AuditEntry.builder("discipline.score-change.approved", AuditActor.system())
                          .target("incident", String.valueOf(i.id()))
                          .detail("application", String.valueOf(applicationId))
                          .detail("stage", stageId)
                          .detail("change", change.name())
                          .build());
              notices.scoreChangeApproved(i, change);
            });
  }
}
