package org.zhaokao.plugins.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
}
