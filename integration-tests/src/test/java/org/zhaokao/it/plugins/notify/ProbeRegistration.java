package org.zhaokao.it.plugins.notify;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.zhaokao.plugins.api.CoreLookup;
import org.zhaokao.plugins.api.RegistrationResult;
import org.zhaokao.plugins.api.StagePluginRegistry;
import org.zhaokao.plugins.api.notify.Notifier;

/** Registers the probe plugin while its WAR is deployed. */
@Singleton
@Startup
public class ProbeRegistration {

  private final ProbePlugin plugin = new ProbePlugin();
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

  public Notifier notifier() {
    return plugin.notifier();
  }
}
