package org.zhaokao.pipeline.application.flow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.zhaokao.pipeline.domain.flow.StageSettings;
import org.zhaokao.pipeline.domain.ranking.AdvancementRule;
import org.zhaokao.pipeline.domain.ranking.Rounding;
import org.zhaokao.pipeline.domain.ranking.RuleKind;
import org.zhaokao.pipeline.domain.ranking.StageWeight;
import org.zhaokao.platform.validation.InvalidInputException;

/**
 * A stage's settings as screens and the API send and show them.
 *
 * @param ruleKind RATIO, MINIMUM_SCORE or PASS_FAIL
 * @param ratio candidates per place for RATIO (3 for 1:3)
 * @param minimumScore lowest advancing score, or null
 * @param maxScore top of the score range, or null for a stage without scores
 * @param weight percent in the composite score, 0 to 100
 * @param roundingScale decimals of the weighted score, 0 to 4
 * @param roundingMode HALF_UP, DOWN, ... (java.math.RoundingMode names)
 */
public record SettingsForm(
    String ruleKind,
    Integer ratio,
    BigDecimal minimumScore,
    BigDecimal maxScore,
    BigDecimal weight,
    Integer roundingScale,
    String roundingMode) {

  /** The form of stored settings. */
  public static SettingsForm of(StageSettings s) {
    return new SettingsForm(
        s.rule().kind().name(),
        s.rule().ratio(),
        s.rule().minimumScore().orElse(null),
        s.maxScore().orElse(null),
        s.weight().weight(),
        s.weight().rounding().scale(),
        s.weight().rounding().mode().name());
  }

  /**
   * The settings the form describes.
   *
   * @throws InvalidInputException naming the first field that is wrong
   */
  public StageSettings toSettings() {
    RuleKind kind = parse(RuleKind.class, ruleKind, "ruleKind");
    RoundingMode mode =
        roundingMode == null
            ? RoundingMode.HALF_UP
            : parse(RoundingMode.class, roundingMode, "roundingMode");
    try {
      AdvancementRule rule =
          new AdvancementRule(
              kind,
              kind == RuleKind.RATIO ? (ratio == null ? 0 : ratio) : 0,
              Optional.ofNullable(minimumScore));
      Rounding rounding = new Rounding(roundingScale == null ? 2 : roundingScale, mode);
      StageWeight w = new StageWeight(weight == null ? BigDecimal.ZERO : weight, rounding);
      return new StageSettings(rule, Optional.ofNullable(maxScore), w);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("settings", "stage.settings", e.getMessage());
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    if (value == null) {
      throw InvalidInputException.of(field, "required", field + " is required");
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          field,
          "stage." + field,
          field + " must be one of " + java.util.List.of(type.getEnumConstants()));
    }
  }
}
