package org.zhaokao.written.domain.marking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The double-marking rule (双评规则): two markers score a task independently; when they differ by no
 * more than the question's tolerance the mean stands, rounded as configured; otherwise the task
 * goes to arbitration and the third mark (a third marker's or the chief's) stands.
 *
 * @param tolerance the largest difference (points) the two marks may have
 * @param scale decimal places the final score keeps
 * @param rounding how the mean is rounded to {@code scale}
 */
public record DoubleMarking(BigDecimal tolerance, int scale, RoundingMode rounding) {

  public DoubleMarking {
    if (tolerance == null || tolerance.signum() < 0) {
      throw new IllegalArgumentException("the tolerance must be 0 or more");
    }
    if (scale < 0 || scale > 2) {
      throw new IllegalArgumentException("the final score keeps 0 to 2 decimals");
    }
  }

  /** The final score of two marks, or empty when they disagree beyond the tolerance. */
  public Optional<BigDecimal> settle(BigDecimal first, BigDecimal second) {
    if (first.subtract(second).abs().compareTo(tolerance) > 0) {
      return Optional.empty();
    }
    return Optional.of(first.add(second).divide(BigDecimal.valueOf(2)).setScale(scale, rounding));
  }

  /** The final score an arbiter's mark gives. */
  public BigDecimal arbitrate(BigDecimal third) {
    return third.setScale(scale, rounding);
  }

  /**
   * Why a score may not be entered for a question worth {@code points}, or empty when it may: from
   * 0 to the points, two decimals at most.
   */
  public static Optional<String> refusal(BigDecimal score, BigDecimal points) {
    if (score == null) {
      return Optional.of("a score is required");
    }
    if (score.signum() < 0
        || score.compareTo(points) > 0
        || score.stripTrailingZeros().scale() > 2) {
      return Optional.of(
          "the score must be from 0 to "
              + points.stripTrailingZeros().toPlainString()
              + " with two decimals at most, got "
              + score.toPlainString());
    }
    return Optional.empty();
  }
}
