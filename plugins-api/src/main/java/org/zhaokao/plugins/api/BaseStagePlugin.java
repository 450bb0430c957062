package org.zhaokao.plugins.api;

import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.zhaokao.plugins.api.config.StageConfig;

/**
 * What every stage plugin does the same way, so it need not repeat it: keep the resolved settings
 * from {@link #init} and the core's services from {@link #postInit} until {@link #close}, and read
 * its messages from its own bundle with its own class loader. A plugin extends it and adds its
 * descriptor, settings, permissions and screens; one that needs to read a setting at start
 * overrides {@link #init} and calls {@code super.init(config)}.
 *
 * <p>Optional: a plugin may implement {@link StagePlugin} directly.
 */
public abstract class BaseStagePlugin implements StagePlugin {

  private final String bundle;
  private volatile StageConfig config;
  private volatile CoreServices core;

  /**
   * @param bundle the base name of the plugin's message bundle, e.g. {@code
   *     org.zhaokao.interview.messages}
   */
  protected BaseStagePlugin(String bundle) {
    this.bundle = Objects.requireNonNull(bundle, "bundle");
  }

  @Override
  public ResourceBundle messages(Locale locale) {
    return ResourceBundle.getBundle(bundle, locale, getClass().getClassLoader());
  }

  @Override
  public void init(StageConfig config) {
    this.config = config;
  }

  @Override
  public void postInit(CoreServices core) {
    this.core = core;
  }

  @Override
  public void close() {
    core = null;
  }

  /**
   * The core's services while the plugin is registered.
   *
   * @throws RuntimeException {@link #inactive()} while it is not
   */
  public CoreServices core() {
    CoreServices c = core;
    if (c == null) {
      throw inactive();
    }
    return c;
  }

  /** The settings resolved at {@link #init}, or empty before it. */
  public java.util.Optional<StageConfig> config() {
    return java.util.Optional.ofNullable(config);
  }

  /** What {@link #core()} throws while the plugin is not registered; override to answer 503. */
  protected RuntimeException inactive() {
    return new IllegalStateException("stage plugin " + descriptor().id() + " is not active");
  }
}
