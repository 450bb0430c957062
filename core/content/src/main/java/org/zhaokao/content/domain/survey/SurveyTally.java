package org.zhaokao.content.domain.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * A survey's figures, counted by the database: the number of responses, the average mark per
 * question and how many gave each overall mark.
 *
 * @param responses how many answered
 * @param averages the mean mark per question (absent without responses)
 * @param overallDistribution responses per overall mark 1..5, every mark present
 */
public record SurveyTally(
    long responses, Map<Question, Double> averages, Map<Integer, Long> overallDistribution) {

  /** The share of participants who answered, in percent with one decimal; 0 without any. */
  public static BigDecimal rate(long responses, long participants) {
    if (participants <= 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(responses * 100L)
        .divide(BigDecimal.valueOf(participants), 1, RoundingMode.HALF_UP);
  }

  /** An average rounded to two decimals for display and export. */
  public static BigDecimal rounded(Double average) {
    return average == null ? null : BigDecimal.valueOf(average).setScale(2, RoundingMode.HALF_UP);
  }
}
