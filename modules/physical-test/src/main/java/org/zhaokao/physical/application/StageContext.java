package org.zhaokao.physical.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.zhaokao.physical.infrastructure.PhysicalTestPlugin;
import org.zhaokao.physical.infrastructure.PhysicalTestRegistration;
import org.zhaokao.plugins.api.CoreServices;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditResult;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.security.Actor;

/**
 * What every use case needs from the core: the permission check (audited when refused), the audit
 * trail, and who sits the stage in a recruitment.
 */
@ApplicationScoped
public class StageContext {

  @Inject private PhysicalTestRegistration registration;

  public PhysicalTestPlugin plugin() {
    return registration.plugin();
  }

  public CoreServices core() {
    try {
      return plugin().core();
    } catch (IllegalStateException e) {
      throw new StageProblem(503, e.getMessage(), List.of());
    }
  }

  /**
   * @throws StageProblem 401 for nobody, 403 (and an audit entry) for someone without it
   */
  public void require(Actor actor, String permission) {
    if (actor.principal().isEmpty()) {
      throw new StageProblem(401, "log in first", List.of());
    }
    if (!actor.isPermitted(permission)) {
      core()
          .auditLog()
          .record(
              AuditEntry.builder("authz.denied", AuditActor.of(actor))
                  .result(AuditResult.DENIED)
                  .client(actor.clientIp(), actor.userAgent())
                  .detail("permission", permission)
                  .build());
      throw StageProblem.forbidden("you need the permission " + permission);
    }
  }

  /** Records a state change in the caller's transaction. */
  public void audit(
      Actor actor, String action, String targetType, Object targetId, String... details) {
    AuditEntry.Builder b =
        AuditEntry.builder("stage.physical-test." + action, AuditActor.of(actor))
            .target(targetType, String.valueOf(targetId))
            .client(actor.clientIp(), actor.userAgent());
    for (int i = 0; i + 1 < details.length; i += 2) {
      b.detail(details[i], capped(details[i + 1]));
    }
    core().auditLog().record(b.build());
  }

  /** Long lists (seat assignments of a whole session) are cut to what an audit detail holds. */
  private static String capped(String value) {
    return value.length() <= AuditEntry.MAX_DETAIL_VALUE
        ? value
        : value.substring(0, AuditEntry.MAX_DETAIL_VALUE - 3) + "...";
  }

  /**
   * @throws StageProblem 404 if the recruitment's chain does not hold the physical test
   */
  public StageAssignment assignment(long recruitmentId) {
    return core().roster().assignments(PhysicalTestPlugin.ID).stream()
        .filter(a -> a.recruitmentId() == recruitmentId)
        .findFirst()
        .orElseThrow(
            () ->
                StageProblem.notFound(
                    "recruitment " + recruitmentId + " has no physical test in its stage chain"));
  }

  /**
   * The assignment, when the stage is under way.
   *
   * @throws StageProblem 409 before the stage is in progress or after its results were confirmed
   */
  public StageAssignment running(long recruitmentId) {
    StageAssignment a = assignment(recruitmentId);
    if (!a.phase().takesOutcomes()) {
      throw StageProblem.conflict(
          "the physical test of recruitment "
              + recruitmentId
              + " is "
              + a.phase()
              + ": sign-in and results are taken only while it is IN_PROGRESS or RESULTS_ENTERED");
    }
    return a;
  }

  public List<StageAssignment> assignments() {
    return core().roster().assignments(PhysicalTestPlugin.ID);
  }

  public List<StageEntrant> entrants(long recruitmentId) {
    return core().roster().entrants(PhysicalTestPlugin.ID, recruitmentId);
  }
}
