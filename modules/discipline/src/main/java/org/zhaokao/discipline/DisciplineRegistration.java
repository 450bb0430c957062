package org.zhaokao.discipline;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.zhaokao.discipline.application.BlacklistQuery;
import org.zhaokao.discipline.application.IncidentIntakeService;
import org.zhaokao.discipline.application.LateScoreChanges;
import org.zhaokao.plugins.api.CoreLookup;
import org.zhaokao.plugins.api.RegistrationResult;
import org.zhaokao.plugins.api.StagePluginRegistry;

/** Registers the discipline plugin with the core while its WAR is deployed. */
@Singleton
@Startup
public class DisciplineRegistration {

  @EJB private IncidentIntakeService intake;
  @EJB private BlacklistQuery blacklist;
  @EJB private LateScoreChanges lateChanges;

  private DisciplinePlugin plugin;
  private StagePluginRegistry registry;
  private RegistrationResult registration;

  @PostConstruct
  void register() {
    plugin = new DisciplinePlugin(intake, blacklist, lateChanges);
    registry = CoreLookup.registry();
    registration = registry.register(plugin);
  }

  @PreDestroy
  void unregister() {
    if (registration != null) {
      registry.unregister(registration.registrationId());
    }
  }

  @Lock(LockType.READ)
  public DisciplinePlugin plugin() {
    return plugin;
  }
}
