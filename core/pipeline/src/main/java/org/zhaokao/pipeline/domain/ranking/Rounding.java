package org.zhaokao.pipeline.domain.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a stage's weighted score is rounded, as the announcement states it (e.g. "保留两位小数，四舍五入" is
 * scale 2, {@link RoundingMode#HALF_UP}).
 *
 * @param scale digits after the decimal point, 0 to 4
 * @param mode the rounding mode
 */
public record Rounding(int scale, RoundingMode mode) {

  /** Two decimals, half up: what most announcements state. */
  public static final Rounding DEFAULT = new Rounding(2, RoundingMode.HALF_UP);

  public Rounding {
    if (scale < 0 || scale > 4) {
      throw new IllegalArgumentException("rounding scale must be 0 to 4, got " + scale);
    }
    Objects.requireNonNull(mode, "mode");
    if (mode == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("rounding mode must round");
    }
  }

  public BigDecimal apply(BigDecimal value) {
    return value.setScale(scale, mode);
  }
}
