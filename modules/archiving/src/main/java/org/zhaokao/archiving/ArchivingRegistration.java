package org.zhaokao.archiving;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.zhaokao.plugins.api.CoreLookup;
import org.zhaokao.plugins.api.RegistrationResult;
import org.zhaokao.plugins.api.StagePluginRegistry;

/** Registers the archiving plugin with the core while its WAR is deployed. */
@Singleton
@Startup
public class ArchivingRegistration {

  private ArchivingPlugin plugin;
  private StagePluginRegistry registry;
  private RegistrationResult registration;

  @PostConstruct
  void register() {
    plugin = new ArchivingPlugin();
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
  public ArchivingPlugin plugin() {
    return plugin;
  }
}
