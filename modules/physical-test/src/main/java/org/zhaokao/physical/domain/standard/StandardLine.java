package org.zhaokao.physical.domain.standard;

import java.math.BigDecimal;
import java.util.Objects;

/** One line of an item's standard table (达标标准): for this gender and age band, this figure. */
public record StandardLine(Gender gender, AgeBand band, BigDecimal threshold) {

  public StandardLine {
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(threshold, "threshold");
    if (threshold.signum() <= 0) {
      throw new IllegalArgumentException("a standard must be positive, got " + threshold);
    }
  }
}
