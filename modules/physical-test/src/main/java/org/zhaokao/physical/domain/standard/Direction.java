package org.zhaokao.physical.domain.standard;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Which way an item's measure improves: times are better lower, counts and heights higher. */
public enum Direction {
  /** Times (10 m × 4 往返跑, 1000 m 跑): the standard is a ceiling. */
  LOWER_IS_BETTER,
  /** Counts and heights (俯卧撑, 纵跳摸高): the standard is a floor. */
  HIGHER_IS_BETTER;

  /** Whether {@code value} meets {@code standard}; a value equal to the standard meets it. */
  public boolean meets(BigDecimal value, BigDecimal standard) {
    int c = value.compareTo(standard);
    return this == LOWER_IS_BETTER ? c <= 0 : c >= 0;
  }

  /** The best of the attempts, or empty without any. */
  public Optional<BigDecimal> best(Collection<BigDecimal> attempts) {
    Comparator<BigDecimal> order = Comparator.naturalOrder();
    return this == LOWER_IS_BETTER ? attempts.stream().min(order) : attempts.stream().max(order);
  }
}
