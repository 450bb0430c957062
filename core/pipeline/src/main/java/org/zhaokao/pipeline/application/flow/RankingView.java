package org.zhaokao.pipeline.application.flow;

import java.math.BigDecimal;
import java.util.List;

/**
 * The final ranking per position (综合成绩排名) with the SHA-256 of its inputs and of itself.
 *
 * @param recruitmentId the recruitment
 * @param inputsSha256 hash of headcounts, stage settings and every stored outcome
 * @param rankingSha256 hash of the ranking lines
 * @param lines by position, then rank
 */
public record RankingView(
    long recruitmentId, String inputsSha256, String rankingSha256, List<Line> lines) {

  /**
   * One ranked candidate.
   *
   * @param scores the raw score of each stage in chain order ("" where the stage has none)
   */
  public record Line(
      long positionId,
      String position,
      int rank,
      long applicationId,
      BigDecimal composite,
      List<String> scores) {}
}
