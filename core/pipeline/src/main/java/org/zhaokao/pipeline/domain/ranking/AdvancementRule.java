package org.zhaokao.pipeline.domain.ranking;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Who moves on out of a stage (晋级规则). Only candidates the stage reports as {@code PASSED} ever
 * advance; the rule narrows them further.
 *
 * @param kind the kind of rule
 * @param ratio for {@link RuleKind#RATIO}: candidates per place (3 for 1:3); 0 otherwise
 * @param minimumScore the lowest score that advances, if any; required for {@link
 *     RuleKind#MINIMUM_SCORE}
 */
public record AdvancementRule(RuleKind kind, int ratio, Optional<BigDecimal> minimumScore) {

  public AdvancementRule {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(minimumScore, "minimumScore");
    if (kind == RuleKind.RATIO && (ratio < 1 || ratio > 100)) {
      throw new IllegalArgumentException("a ratio rule needs a ratio from 1 to 100, got " + ratio);
    }
    if (kind != RuleKind.RATIO && ratio != 0) {
      throw new IllegalArgumentException("only a ratio rule has a ratio");
    }
    if (kind == RuleKind.MINIMUM_SCORE && minimumScore.isEmpty()) {
      throw new IllegalArgumentException("a minimum-score rule needs its minimum score");
    }
    if (kind == RuleKind.PASS_FAIL && minimumScore.isPresent()) {
      throw new IllegalArgumentException("a pass/fail rule has no minimum score");
    }
    if (minimumScore.isPresent() && minimumScore.get().signum() < 0) {
      throw new IllegalArgumentException("the minimum score must not be negative");
    }
  }

  /** 1:{@code ratio} of the headcount, optionally above a minimum score. */
  public static AdvancementRule ratio(int ratio, BigDecimal minimumScore) {
    return new AdvancementRule(RuleKind.RATIO, ratio, Optional.ofNullable(minimumScore));
  }

  public static AdvancementRule minimumScore(BigDecimal minimumScore) {
    return new AdvancementRule(RuleKind.MINIMUM_SCORE, 0, Optional.of(minimumScore));
  }

  public static AdvancementRule passFail() {
    return new AdvancementRule(RuleKind.PASS_FAIL, 0, Optional.empty());
  }

  /** Whether the rule compares scores, so every passed candidate must have one. */
  public boolean needsScores() {
    return kind != RuleKind.PASS_FAIL;
  }
}
