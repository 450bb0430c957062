package org.zhaokao.pipeline.application.flow;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.zhaokao.pipeline.application.flow.RecruitmentFacts.Facts;
import org.zhaokao.platform.validation.AccessDeniedException;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.audit.AuditResult;
import org.zhaokao.plugins.api.security.Actor;

/**
 * The pipeline's permission checks and audit entries, at the object level: a permission holds for a
 * recruitment when the actor has it for the recruitment's employer ({@code
 * pipeline:confirm:employer-7}, what an employer user's scoped role yields) or for the recruitment
 * itself; a global role implies every employer.
 */
@ApplicationScoped
public class PipelineAccess {

  /** Compose chains, configure stages, drive the lifecycle, enter outcomes, run admission. */
  public static final String MANAGE = "pipeline:manage";

  /** See results and rankings. */
  public static final String VIEW = "pipeline:view";

  /** Confirm results and the admission list for one's employer (招考单位确认). */
  public static final String CONFIRM = "pipeline:confirm";

  @EJB private AuditLog audit;
  @EJB private RecruitmentFacts facts;

  /** Whether the actor holds the permission for this recruitment. */
  public static boolean mayOn(Actor actor, String permission, Facts r) {
    return actor.isPermitted(permission + ":employer-" + r.employerId())
        || actor.isPermitted(permission + ":recruitment-" + r.id());
  }

  /**
   * The recruitment if the actor may at least view its pipeline; 404 otherwise, so ids of other
   * employers stay unknown.
   */
  public Facts visible(Actor actor, long recruitmentId) {
    Facts r =
        facts
            .recruitment(recruitmentId)
            .orElseThrow(() -> new RecordNotFoundException("recruitment", recruitmentId));
    if (mayOn(actor, VIEW, r) || mayOn(actor, MANAGE, r) || mayOn(actor, CONFIRM, r)) {
      return r;
    }
    record(
        entry(actor, "authz.denied")
            .target("recruitment", String.valueOf(recruitmentId))
            .result(AuditResult.DENIED)
            .detail("permission", VIEW));
    throw new RecordNotFoundException("recruitment", recruitmentId);
  }

  /**
   * The recruitment if the actor holds {@code permission} on it.
   *
   * @throws RecordNotFoundException when the actor may not even see it
   * @throws AccessDeniedException when the actor sees it but may not do this (audited)
   */
  public Facts require(Actor actor, long recruitmentId, String permission) {
    Facts r = visible(actor, recruitmentId);
    if (!mayOn(actor, permission, r)) {
      record(
          entry(actor, "authz.denied")
              .target("recruitment", String.valueOf(recruitmentId))
              .result(AuditResult.DENIED)
              .detail("permission", permission + ":employer-" + r.employerId()));
      throw new AccessDeniedException(
          "Your account may not do this for this recruitment (needs " + permission + ")");
    }
    return r;
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
