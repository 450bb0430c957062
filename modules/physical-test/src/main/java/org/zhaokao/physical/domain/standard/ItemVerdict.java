package org.zhaokao.physical.domain.standard;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One item's outcome for one candidate: the best attempt (none if nothing was recorded), the figure
 * it was held against, and the verdict.
 */
public record ItemVerdict(
    String code, Optional<BigDecimal> best, BigDecimal standard, Verdict verdict) {

  @Override
  public String toString() {
    return code
        + " "
        + best.map(BigDecimal::toPlainString).orElse("-")
        + "/"
        + standard.toPlainString()
        + " "
        + verdict;
  }
}
