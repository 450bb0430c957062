package org.zhaokao.plugins.api;

/**
 * The core's registry of stage plugins: a singleton of {@code zhaokao.ear}, found by its {@code
 * java:global} name.
 *
 * <p>A plugin registers from a {@code @Startup @Singleton} bean's {@code @PostConstruct} and
 * unregisters from its {@code @PreDestroy}. On registration the core, in this order: checks the
 * descriptor's SPI version (an incompatible plugin is recorded, not loaded), migrates the plugin's
 * {@link StageSchema}, validates its configuration, calls {@link StagePlugin#init} and then {@link
 * StagePlugin#postInit}. A failure in any step leaves the plugin {@link StageStatus#FAILED} with
 * the reason; the plugin's deployment itself still succeeds so an administrator can see what went
 * wrong.
 *
 * <p>On unregistration the core calls {@link StagePlugin#close} and drops every reference to the
 * plugin, so its class loader can be collected; the plugin's persisted data and the record that it
 * was installed stay.
 *
 * <p>When {@code zhaokao.ear} is redeployed, every stage WAR restarts with it (their deployments
 * depend on it) and registers again.
 */
public interface StagePluginRegistry {

  /** The registry's global JNDI name. */
  String JNDI_NAME =
      "java:global/zhaokao/zhaokao-pipeline/StagePluginRegistryBean!org.zhaokao.plugins.api.StagePluginRegistry";

  /**
   * Registers a plugin.
   *
   * @return the outcome; keep {@link RegistrationResult#registrationId()} for {@link #unregister}
   * @throws IllegalStateException if an active plugin already registered the same stage id
   * @throws IllegalArgumentException if the plugin's descriptor is unusable
   */
  RegistrationResult register(StagePlugin plugin);

  /**
   * Unregisters the plugin registered under {@code registrationId}; unknown ids are ignored, so a
   * plugin may call this from {@code @PreDestroy} whatever its registration's outcome was.
   */
  void unregister(String registrationId);
}
