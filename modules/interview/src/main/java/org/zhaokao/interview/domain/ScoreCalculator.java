package org.zhaokao.interview.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The interview score of one candidate (面试成绩) from the examiners' sheets: each examiner's weighted
 * total, then the mean of the totals — without the highest and the lowest once a panel has {@value
 * #TRIM_FROM} examiners or more (去掉一个最高分和一个最低分) — rounded once as configured.
 */
public final class ScoreCalculator {

  /** From this many sheets on, the highest and the lowest total are dropped. */
  public static final int TRIM_FROM = 5;

  // Wide enough that rounding happens only once, at the end.
  private static final MathContext EXACT = MathContext.DECIMAL128;

  private ScoreCalculator() {}

  /** One examiner's total out of 100: the sum of {@code score / max × weight}. */
  public static BigDecimal total(List<Dimension> dimensions, Map<String, BigDecimal> scores) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Dimension d : dimensions) {
      BigDecimal score = scores.get(d.code());
      if (score == null) {
        throw new IllegalArgumentException("no score for dimension " + d.code());
      }
      sum = sum.add(score.multiply(d.weight()).divide(d.maxScore(), EXACT));
    }
    return sum;
  }

  /** The mean of the totals, trimmed from {@value #TRIM_FROM} totals on, unrounded. */
  public static BigDecimal trimmedMean(Collection<BigDecimal> totals) {
    if (totals.isEmpty()) {
      throw new IllegalArgumentException("no sheets to compute from");
    }
    List<BigDecimal> sorted = new ArrayList<>(totals);
    sorted.sort(null);
    List<BigDecimal> kept =
        sorted.size() >= TRIM_FROM ? sorted.subList(1, sorted.size() - 1) : sorted;
    BigDecimal sum = kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(kept.size()), EXACT);
  }

  /** The candidate's score from every examiner's scores, rounded as configured. */
  public static BigDecimal score(
      List<Dimension> dimensions, Collection<Map<String, BigDecimal>> sheets, Rounding rounding) {
    List<BigDecimal> totals = sheets.stream().map(s -> total(dimensions, s)).toList();
    return rounding.apply(trimmedMean(totals));
  }
}
