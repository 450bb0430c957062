package org.zhaokao.interview.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.zhaokao.interview.InterviewPlugin;
import org.zhaokao.interview.InterviewRegistration;
import org.zhaokao.interview.Permission;
import org.zhaokao.plugins.api.CoreServices;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditResult;
import org.zhaokao.plugins.api.config.StageConfig;
import org.zhaokao.plugins.api.security.Actor;

/**
 * What every use case of the stage shares: the core's services, the permission check (global or
 * scoped to the recruitment) and the one audit call.
 */
@ApplicationScoped
public class Stage {

  @EJB private InterviewRegistration registration;

  public CoreServices core() {
    return plugin().core();
  }

  public StageConfig defaults() {
    return plugin().defaults();
  }

  public OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  private InterviewPlugin plugin() {
    return registration.plugin();
  }

  /**
   * The logged-in account, when it holds {@code permission} globally or in the recruitment;
   * otherwise records the refusal and throws.
   *
   * @throws InterviewProblem 401 when nobody is logged in, 403 without the permission
   */
  public long require(Actor actor, Permission permission, long recruitmentId) {
    if (actor.principal().isEmpty()) {
      throw new InterviewProblem(401, "unauthorized", "Log in first");
    }
    if (!holds(actor, permission, recruitmentId)) {
      throw denied(
          actor, "stage.interview.denied", "recruitment", recruitmentId, permission.global());
    }
    return actor.accountId();
  }

  public boolean holds(Actor actor, Permission permission, long recruitmentId) {
    return actor.isPermitted(permission.global())
        || actor.isPermitted(permission.inRecruitment(recruitmentId));
  }

  /** Records a refusal (committed even though the use case rolls back) and returns the 403. */
  public InterviewProblem denied(
      Actor actor, String action, String targetType, long targetId, String why) {
    core()
        .auditLog()
        .record(
            AuditEntry.builder(action, AuditActor.of(actor))
                .target(targetType, String.valueOf(targetId))
                .result(AuditResult.DENIED)
                .client(actor.clientIp(), actor.userAgent())
                .detail("reason", why)
                .build());
    return InterviewProblem.forbidden(why);
  }

  /** Records a state change or a view in the caller's transaction. */
  public void audit(
      Actor actor, String action, String targetType, long targetId, Map<String, String> details) {
    AuditEntry.Builder b =
        AuditEntry.builder(action, AuditActor.of(actor))
            .target(targetType, String.valueOf(targetId))
            .client(actor.clientIp(), actor.userAgent());
    details.forEach(b::detail);
    core().auditLog().record(b.build());
  }
}
