package org.zhaokao.discipline.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.zhaokao.discipline.DisciplineRegistration;
import org.zhaokao.plugins.api.CoreServices;
import org.zhaokao.plugins.api.roster.StagePhase;

/**
 * The core's services and the plugin's settings, as the registered plugin received them; refuses
 * clearly while the plugin is not active (its registration failed, or the core is going away).
 */
@ApplicationScoped
public class CoreAccess {

  @EJB private DisciplineRegistration registration;

  public CoreServices core() {
    return registration.plugin().core();
  }

  /**
   * Whether the stage's results are published in the recruitment: there a change of a score is a
   * late change (补正) a second person approves in the core, not in force at once.
   */
  public boolean published(long recruitmentId, String stageId) {
    return core().roster().assignments(stageId).stream()
        .anyMatch(a -> a.recruitmentId() == recruitmentId && a.phase() == StagePhase.PUBLISHED);
  }

  /** How long a candidate may appeal after a decision takes effect. */
  public Duration appealWindow() {
    return Duration.ofDays(registration.plugin().appealDays());
  }
}
