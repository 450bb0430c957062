package org.zhaokao.interview;

import org.zhaokao.plugins.api.config.ConfigMetadata;

/**
 * The settings of a scoring scheme besides its dimensions, declared once: the installed values are
 * the defaults of every recruitment, and a recruitment's own values are checked by the same rules.
 */
public final class SchemeSettings {

  public static final String EXAMINERS = "examinersPerPanel";
  public static final String SCALE = "roundingScale";
  public static final String MODE = "roundingMode";
  public static final String PASSING = "passingScore";

  public static final ConfigMetadata METADATA =
      ConfigMetadata.builder()
          .integer(EXAMINERS)
          .range(3, 15)
          .defaultValue("5")
          .required()
          .add()
          .integer(SCALE)
          .range(0, 3)
          .defaultValue("2")
          .required()
          .add()
          .choice(MODE, "HALF_UP", "HALF_EVEN", "DOWN")
          .defaultValue("HALF_UP")
          .required()
          .add()
          .decimal(PASSING)
          .range(0, 100)
          .defaultValue("60")
          .required()
          .add()
          .build();

  private SchemeSettings() {}
}
