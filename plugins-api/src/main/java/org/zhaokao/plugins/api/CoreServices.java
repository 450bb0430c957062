package org.zhaokao.plugins.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.zhaokao.plugins.api.audit.AuditLog;

/**
 * What the core offers a plugin, handed to {@link StagePlugin#postInit}. A plugin keeps the
 * reference for its lifetime and calls the core only through it (or through the other interfaces of
 * this package); it never touches the core's tables.
 *
 * <p>New services are added as default-less methods only in a major SPI release; a minor release
 * adds them as methods with defaults, so older plugins keep compiling and running.
 */
public interface CoreServices {

  /** The SPI version the running core provides. */
  SpiVersion spiVersion();

  /** The languages every screen supports; the first is the default (zh_CN). */
  List<Locale> supportedLocales();

  /**
   * What the core knows of another installed stage, for plugins that cooperate with one they depend
   * on.
   */
  Optional<InstalledStage> installedStage(String stageId);

  /**
   * The audit log (审计日志), for the plugin's state changes, authorisation failures and views of
   * personal data. Since SPI 1.1.
   *
   * <p>A default method, as this interface promises for a minor release: a plugin compiled against
   * 1.0 (or a test double of this interface written for 1.0) still compiles and runs. A plugin that
   * calls it declares SPI 1.1 through {@link SpiVersion#CURRENT}, and the registry loads such a
   * plugin only on a core providing 1.1 or later, which implements this method; so the default
   * below is reached only by an implementation of this interface written before 1.1.
   *
   * @throws UnsupportedOperationException from an implementation written for SPI 1.0
   */
  default AuditLog auditLog() {
    throw new UnsupportedOperationException(
        "This CoreServices implementation was written for SPI 1.0; the audit log needs SPI 1.1");
  }
}
