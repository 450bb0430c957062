package org.zhaokao.pipeline.domain.flow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.zhaokao.pipeline.domain.ranking.AdvancementRule;
import org.zhaokao.pipeline.domain.ranking.Rounding;
import org.zhaokao.pipeline.domain.ranking.RuleKind;
import org.zhaokao.pipeline.domain.ranking.StageWeight;
import org.zhaokao.platform.validation.InvalidInputException;

/**
 * What the announcement fixes for one stage: the advancement rule, the score range and the stage's
 * weight and rounding in the composite. Frozen once the stage starts.
 *
 * @param rule who advances
 * @param maxScore the top of the score range (0 to max), or empty for a stage that does not score
 * @param weight weight and rounding in the composite score
 */
public record StageSettings(
    AdvancementRule rule, Optional<BigDecimal> maxScore, StageWeight weight) {

  public StageSettings {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(maxScore, "maxScore");
    Objects.requireNonNull(weight, "weight");
    if (maxScore.isPresent() && maxScore.get().signum() <= 0) {
      throw invalid("maxScore", "The score range must end above 0");
    }
    if (maxScore.isEmpty() && (rule.needsScores() || weight.counts())) {
      throw invalid("maxScore", "A stage that ranks by score or has a weight needs a score range");
    }
    if (rule.minimumScore().isPresent()
        && maxScore.isPresent()
        && rule.minimumScore().get().compareTo(maxScore.get()) > 0) {
      throw invalid("minimumScore", "The minimum score lies above the score range");
    }
  }

  /** A stage with default settings: pass/fail, no score, no weight. */
  public static StageSettings initial() {
    return new StageSettings(
        AdvancementRule.passFail(),
        Optional.empty(),
        new StageWeight(BigDecimal.ZERO, Rounding.DEFAULT));
  }

  /** Whether {@code score} lies in the stage's range. */
  public boolean inRange(BigDecimal score) {
    return maxScore.isPresent() && score.signum() >= 0 && score.compareTo(maxScore.get()) <= 0;
  }

  /** A compact text form, kept for a pending change and in the audit trail. */
  public String encode() {
    return String.join(
        ";",
        rule.kind().name(),
        String.valueOf(rule.ratio()),
        rule.minimumScore().map(BigDecimal::toPlainString).orElse(""),
        maxScore.map(BigDecimal::toPlainString).orElse(""),
        weight.weight().toPlainString(),
        String.valueOf(weight.rounding().scale()),
        weight.rounding().mode().name());
  }

  /** Reads {@link #encode()}. */
  public static StageSettings decode(String text) {
    String[] p = text.split(";", -1);
    RuleKind kind = RuleKind.valueOf(p[0]);
    Optional<BigDecimal> min =
        p[2].isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(p[2]));
    Optional<BigDecimal> max =
        p[3].isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(p[3]));
    return new StageSettings(
        new AdvancementRule(kind, Integer.parseInt(p[1]), min),
        max,
        new StageWeight(
            new BigDecimal(p[4]),
            new Rounding(Integer.parseInt(p[5]), RoundingMode.valueOf(p[6]))));
  }

  private static InvalidInputException invalid(String field, String message) {
    return InvalidInputException.of(field, "stage." + field, message);
  }
}
