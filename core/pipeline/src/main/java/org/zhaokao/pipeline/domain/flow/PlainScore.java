package org.zhaokao.pipeline.domain.flow;

import java.math.BigDecimal;

/** A stored score as it was meant: without the trailing zeros the column's scale adds. */
public final class PlainScore {

  private PlainScore() {}

  /** {@code 80.5000} as {@code 80.5} and {@code 90.0000} as {@code 90}, never {@code 9E+1}. */
  public static BigDecimal of(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
