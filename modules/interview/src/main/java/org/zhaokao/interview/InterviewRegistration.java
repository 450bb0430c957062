package org.zhaokao.interview;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.zhaokao.plugins.api.CoreLookup;
import org.zhaokao.plugins.api.RegistrationResult;
import org.zhaokao.plugins.api.StagePluginRegistry;

/** Registers the interview stage with the core while its WAR is deployed. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class InterviewRegistration {

  private final InterviewPlugin plugin = new InterviewPlugin();
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

  public InterviewPlugin plugin() {
    return plugin;
  }
}
