package org.zhaokao.it.plugins.score;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.zhaokao.plugins.api.CoreLookup;
import org.zhaokao.plugins.api.RegistrationResult;
import org.zhaokao.plugins.api.StagePluginRegistry;

/** Registers the score plugin while its WAR is deployed. */
@Singleton
@Startup
public class ScoreRegistration {

  private final ScorePlugin plugin = new ScorePlugin();
  private StagePluginRegistry registry;
  private RegistrationResult registration;

  @PostConstruct
  void register() {
    registry = CoreLookup.registry();
    registration = registry.register(plugin);
  }

  @PreDestroy
  void unregister() {
    if (registration != null) {
      registry.unregister(registration.registrationId());
    }
  }

  public ScorePlugin plugin() {
    return plugin;
  }
}
