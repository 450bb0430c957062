package org.zhaokao.medical.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.zhaokao.medical.infrastructure.MedicalCheckPlugin;
import org.zhaokao.medical.infrastructure.MedicalCheckRegistration;
import org.zhaokao.plugins.api.CoreServices;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditResult;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.security.Actor;

/**
 * What every use case needs from the core: permission checks (audited when refused), the audit
 * trail, and who sits the check in a recruitment.
 */
@ApplicationScoped
public class StageContext {

  @Inject private MedicalCheckRegistration registration;

  public MedicalCheckPlugin plugin() {
    return registration.plugin();
  }

  public CoreServices core() {
    try {
      return plugin().core();
    } catch (IllegalStateException e) {
      throw new StageProblem(503, e.getMessage());
    }
  }

  /**
   * @throws StageProblem 401 for nobody
   */
  public void loggedIn(Actor actor) {
    if (actor.principal().isEmpty()) {
      throw new StageProblem(401, "log in first");
    }
  }

  /**
   * @throws StageProblem 401 for nobody, 403 (and an audit entry) for someone without any of them
   */
  public void require(Actor actor, String... permissions) {
    loggedIn(actor);
    for (String p : permissions) {
      if (actor.isPermitted(p)) {
        return;
      }
    }
    throw denied(actor, String.join(" or ", permissions), "", "");
  }

  /** Records a refusal (committed on its own by the core) and answers the 403 to throw. */
  public StageProblem denied(Actor actor, String permission, String targetType, Object targetId) {
    AuditEntry.Builder b =
        AuditEntry.builder("authz.denied", AuditActor.of(actor))
            .result(AuditResult.DENIED)
            .client(actor.clientIp(), actor.userAgent())
            .detail("permission", permission);
    if (!targetType.isEmpty()) {
      b.target(targetType, String.valueOf(targetId));
    }
    core().auditLog().record(b.build());
    return StageProblem.forbidden("you need the permission " + permission);
  }

  /** Records a state change or a view of personal data in the caller's transaction. */
  public void audit(
      Actor actor, String action, String targetType, Object targetId, String... details) {
    AuditEntry.Builder b =
        AuditEntry.builder("stage.medical-check." + action, AuditActor.of(actor))
            .target(targetType, String.valueOf(targetId))
            .client(actor.clientIp(), actor.userAgent());
    for (int i = 0; i + 1 < details.length; i += 2) {
      String v = details[i + 1];
      b.detail(
          details[i],
          v.length() <= AuditEntry.MAX_DETAIL_VALUE
              ? v
              : v.substring(0, AuditEntry.MAX_DETAIL_VALUE - 3) + "...");
    }
    core().auditLog().record(b.build());
  }

  /**
   * @throws StageProblem 404 if the recruitment's chain does not hold the medical check
   */
  public StageAssignment assignment(long recruitmentId) {
    return assignments().stream()
        .filter(a -> a.recruitmentId() == recruitmentId)
        .findFirst()
        .orElseThrow(
            () ->
                StageProblem.notFound(
                    "recruitment " + recruitmentId + " has no medical check in its stage chain"));
  }

  public List<StageAssignment> assignments() {
    return core().roster().assignments(MedicalCheckPlugin.ID);
  }

  public List<StageEntrant> entrants(long recruitmentId) {
    return core().roster().entrants(MedicalCheckPlugin.ID, recruitmentId);
  }

  /**
   * @throws StageProblem 404 for an application that did not enter the check
   */
  public StageEntrant entrant(long recruitmentId, long applicationId) {
    return entrants(recruitmentId).stream()
        .filter(e -> e.applicationId() == applicationId)
        .findFirst()
        .orElseThrow(
            () ->
                StageProblem.notFound(
                    "application "
                        + applicationId
                        + " is not a candidate of the medical check of recruitment "
                        + recruitmentId));
  }

  /**
   * The actor's own entry to the check of a recruitment.
   *
   * @throws StageProblem 404 when they did not enter it
   */
  public StageEntrant self(Actor actor, long recruitmentId) {
    loggedIn(actor);
    long me = actor.accountId();
    return entrants(recruitmentId).stream()
        .filter(e -> e.candidateAccountId() == me)
        .findFirst()
        .orElseThrow(
            () ->
                StageProblem.notFound(
                    "you are not a candidate of the medical check of recruitment "
                        + recruitmentId));
  }

  /** Whether the actor holds the permission globally or for the recruitment's employer. */
  public static boolean forEmployer(Actor actor, String permission, StageAssignment a) {
    return actor.isPermitted(permission)
        || actor.isPermitted(permission + ":employer-" + a.employerId());
  }

  /** A name as the audit trail and employer screens may show it: the family name only. */
  public static String masked(String name) {
    return name.isEmpty() ? "" : name.substring(0, 1) + "*".repeat(Math.max(1, name.length() - 1));
  }
}
