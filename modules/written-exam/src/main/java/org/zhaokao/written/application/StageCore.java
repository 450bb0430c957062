package org.zhaokao.written.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.zhaokao.plugins.api.CoreServices;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditResult;
import org.zhaokao.plugins.api.config.StageConfig;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.written.WrittenExamPlugin;
import org.zhaokao.written.WrittenExamRegistration;

/**
 * The core as the use cases reach it: its services through the registered plugin, the one audit
 * call and the one permission check of this stage.
 */
@ApplicationScoped
public class StageCore {

  @Inject private WrittenExamRegistration registration;

  public CoreServices services() {
    return registration.plugin().core();
  }

  public StageConfig config() {
    return registration.plugin().settings();
  }

  /**
   * The recruitment of {@code recruitmentId}, whose chain must hold the stage.
   *
   * @throws UseCaseException 404 otherwise
   */
  public StageAssignment assignment(long recruitmentId) {
    return services().roster().assignments(WrittenExamPlugin.ID).stream()
        .filter(a -> a.recruitmentId() == recruitmentId)
        .findFirst()
        .orElseThrow(
            () ->
                UseCaseException.notFound(
                    "recruitment " + recruitmentId + " with a written exam in its chain"));
  }

  /** Records a successful change or view, in the caller's transaction. */
  public void audit(
      Actor actor, String action, String targetType, Object targetId, Map<String, ?> details) {
    record(actor, action, targetType, targetId, details, AuditResult.SUCCESS);
  }

  /**
   * Refuses unless the actor holds {@code permission}; a refusal is audited.
   *
   * @throws UseCaseException 401 when not logged in, 403 without the permission
   */
  public void require(Actor actor, String permission, String action) {
    if (actor.principal().isEmpty()) {
      throw new UseCaseException(401, "login", "Log in first");
    }
    if (!actor.isPermitted(permission)) {
      denied(actor, "access.denied", "permission", permission, "may not " + action);
      throw new UseCaseException(403, "forbidden", "Your account may not " + action);
    }
  }

  /**
   * Refuses unless the actor holds {@code permission} globally or in the recruitment (as a role
   * scoped to it grants it); a refusal is audited. Answers the actor's account.
   *
   * @throws UseCaseException 401 when not logged in, 403 without the permission
   */
  public long requireIn(Actor actor, String permission, long recruitmentId, String action) {
    if (actor.principal().isEmpty()) {
      throw new UseCaseException(401, "login", "Log in first");
    }
    if (!holdsIn(actor, permission, recruitmentId)) {
      denied(
          actor,
          "access.denied",
          "recruitment",
          recruitmentId,
          "missing " + permission + " to " + action);
      throw new UseCaseException(403, "forbidden", "Your account may not " + action);
    }
    return actor.accountId();
  }

  /** Whether the actor holds {@code permission} globally or in the recruitment. */
  public boolean holdsIn(Actor actor, String permission, long recruitmentId) {
    return actor.isPermitted(permission)
        || actor.isPermitted(permission + ":recruitment-" + recruitmentId);
  }

  /** Records a refused attempt (in a transaction of its own: the caller's rolls back). */
  public void denied(Actor actor, String action, String targetType, Object id, String why) {
    record(actor, action, targetType, id, Map.of("reason", why), AuditResult.DENIED);
  }

  private void record(
      Actor actor,
      String action,
      String targetType,
      Object targetId,
      Map<String, ?> details,
      AuditResult result) {
    AuditEntry.Builder b =
        AuditEntry.builder(WrittenExamPlugin.ID + "." + action, AuditActor.of(actor))
            .target(targetType, String.valueOf(targetId))
            .client(actor.clientIp(), actor.userAgent())
            .result(result);
    details.forEach((k, v) -> b.detail(k, String.valueOf(v)));
    services().auditLog().record(b.build());
  }
}
