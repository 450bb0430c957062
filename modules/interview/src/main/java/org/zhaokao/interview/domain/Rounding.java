package org.zhaokao.interview.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * How the interview score is rounded (保留小数位与舍入方式), as the announcement says: once, at the end,
 * never on the way.
 *
 * @param scale decimal places kept, 0 to 3
 * @param mode {@code HALF_UP} (四舍五入), {@code HALF_EVEN} or {@code DOWN} (截尾)
 */
public record Rounding(int scale, RoundingMode mode) {

  /** The modes an announcement may choose. */
  public static final List<RoundingMode> MODES =
      List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN);

  public Rounding {
    Objects.requireNonNull(mode, "mode");
    if (scale < 0 || scale > 3) {
      throw new IllegalArgumentException("rounding scale must be 0 to 3, got " + scale);
    }
    if (!MODES.contains(mode)) {
      throw new IllegalArgumentException("rounding mode must be one of " + MODES + ", got " + mode);
    }
  }

  public BigDecimal apply(BigDecimal value) {
    return value.setScale(scale, mode);
  }
}
