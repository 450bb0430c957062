package org.zhaokao.written;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.zhaokao.plugins.api.CoreLookup;
import org.zhaokao.plugins.api.RegistrationResult;
import org.zhaokao.plugins.api.StagePluginRegistry;

/** Registers the written-exam plugin with the core while this WAR is deployed. */
@Singleton
@Startup
public class WrittenExamRegistration {

  private final WrittenExamPlugin plugin = new WrittenExamPlugin();
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

  @Lock(LockType.READ)
  public WrittenExamPlugin plugin() {
    return plugin;
  }
}
