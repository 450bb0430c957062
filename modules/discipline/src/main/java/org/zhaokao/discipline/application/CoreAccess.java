package org.zhaokao.discipline.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.zhaokao.discipline.DisciplineRegistration;
import org.zhaokao.plugins.api.CoreServices;

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

  /** How long a candidate may appeal after a decision takes effect. */
  public Duration appealWindow() {
    return Duration.ofDays(registration.plugin().appealDays());
  }
}
