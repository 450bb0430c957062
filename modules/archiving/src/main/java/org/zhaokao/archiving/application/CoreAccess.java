package org.zhaokao.archiving.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.ResourceBundle;
import org.zhaokao.archiving.ArchivingPlugin;
import org.zhaokao.archiving.ArchivingRegistration;
import org.zhaokao.plugins.api.CoreServices;
import org.zhaokao.plugins.api.config.StageConfig;

/**
 * The core's services and the plugin's settings, as the registered plugin received them; refuses
 * clearly while the plugin is not active (its registration failed, or the core is going away).
 */
@ApplicationScoped
public class CoreAccess {

  @EJB private ArchivingRegistration registration;

  public CoreServices core() {
    return registration.plugin().core();
  }

  /** Years a package is kept when the archivist does not say. */
  public int defaultRetentionYears() {
    return settings().getInt(ArchivingPlugin.RETENTION_YEARS);
  }

  /** The shortest retention allowed. */
  public int minimumRetentionYears() {
    return settings().getInt(ArchivingPlugin.MINIMUM_RETENTION_YEARS);
  }

  /** The configured store directory, or empty for the default. */
  public String storeDirectory() {
    return settings().getString(ArchivingPlugin.STORE_DIRECTORY);
  }

  /** The plugin's messages in {@code locale}. */
  public ResourceBundle messages(Locale locale) {
    return registration.plugin().messages(locale);
  }

  private StageConfig settings() {
    return registration
        .plugin()
        .config()
        .orElseThrow(() -> new IllegalStateException("the archiving plugin is not initialised"));
  }
}
