package org.zhaokao.it.plugins.sample;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.zhaokao.plugins.api.RegistrationResult;
import org.zhaokao.plugins.api.StagePluginRegistry;

/** Registers the plugin when the WAR starts and unregisters it when the WAR stops. */
@Singleton
@Startup
public class SampleRegistration {

  @Inject private StagePluginRegistry registry;

  private RegistrationResult registration;

  @PostConstruct
  void register() {
    registration = registry.register(new SamplePlugin());
  }

  @PreDestroy
  void unregister() {
    if (registration != null) {
      registry.unregister(registration.registrationId());
    }
  }
}
