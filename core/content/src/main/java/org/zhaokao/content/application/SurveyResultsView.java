package org.zhaokao.content.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A survey's results (满意度统计): responses against participants, the mean mark per question (rounded
 * to two decimals, absent without responses), the overall marks' distribution and the newest
 * remarks.
 *
 * @param averages by question field name (overall, content, process, efficiency, result, attitude)
 * @param distribution responses per overall mark "1".."5"
 */
public record SurveyResultsView(
    SurveyView survey,
    long responses,
    long participants,
    BigDecimal responseRate,
    Map<String, BigDecimal> averages,
    Map<String, Long> distribution,
    List<Remark> remarks) {

  /** A free-text remark and when it was given (who gave it is not shown). */
  public record Remark(String text, int overall, OffsetDateTime answeredAt) {}
}
