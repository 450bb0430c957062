package org.zhaokao.pipeline.domain.ranking;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one stage puts into the composite score (综合成绩): its weight in percent (笔试 50 %) and the
 * rounding of its weighted part, both as the announcement states. A stage with weight 0 (medical
 * check) does not count.
 *
 * @param weight percent, 0 to 100
 * @param rounding applied to {@code score × weight / 100}
 */
public record StageWeight(BigDecimal weight, Rounding rounding) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public StageWeight {
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(rounding, "rounding");
    if (weight.signum() < 0 || weight.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("a weight is 0 to 100 percent, got " + weight);
    }
  }

  public boolean counts() {
    return weight.signum() > 0;
  }

  /** The stage's part of the composite: the score weighted, then rounded. */
  public BigDecimal contribution(BigDecimal score) {
    return rounding.apply(score.multiply(weight).divide(HUNDRED));
  }
}
