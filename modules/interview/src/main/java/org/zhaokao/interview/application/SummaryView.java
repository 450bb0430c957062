package org.zhaokao.interview.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A panel's score summary (成绩汇总表): per candidate, every examiner's total and the computed score.
 */
public record SummaryView(
    long panelId, OffsetDateTime unsealedAt, OffsetDateTime signedAt, List<Line> lines) {

  /**
   * @param totals each examiner's weighted total, by examiner account id
   * @param score the interview score, rounded; null for an absent candidate
   * @param status PASSED, FAILED or ABSENT
   */
  public record Line(
      long slotId,
      long applicationId,
      String plate,
      boolean absent,
      java.util.Map<String, BigDecimal> totals,
      BigDecimal score,
      String status) {}
}
