package org.zhaokao.content.domain.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A recruitment's figures for the statistics dashboard (统计查询): applications by status and by
 * position, the review's turnaround, each stage's entrants and passes, complaints and satisfaction.
 *
 * @param applicationsByStatus every application of the recruitment by status
 * @param positions live applications (submitted, returned, approved) against each position's places
 * @param review how long the review (资格审核) took
 * @param stages the chain in order
 * @param complaints the platform's complaints (they name no recruitment)
 * @param surveys the recruitment's surveys with their mean overall rating
 */
public record RecruitmentFigures(
    long recruitmentId,
    Map<String, Long> applicationsByStatus,
    List<PositionLoad> positions,
    Review review,
    List<StageProgress> stages,
    Complaints complaints,
    List<Satisfaction> surveys) {

  /**
   * Applicants against places of one position.
   *
   * @param ratio applicants per place, two decimals (0 for a position without places)
   */
  public record PositionLoad(
      long positionId,
      String code,
      String title,
      int headcount,
      long applicants,
      BigDecimal ratio) {

    public static PositionLoad of(
        long positionId, String code, String title, int headcount, long applicants) {
      BigDecimal ratio =
          headcount <= 0
              ? BigDecimal.ZERO.setScale(2)
              : BigDecimal.valueOf(applicants)
                  .divide(BigDecimal.valueOf(headcount), 2, RoundingMode.HALF_UP);
      return new PositionLoad(positionId, code, title, headcount, applicants, ratio);
    }
  }

  /** Decided applications and the mean hours from submission to decision (null without any). */
  public record Review(long decided, long waiting, BigDecimal averageHours) {}

  /** One stage: who entered, who passed. */
  public record StageProgress(int seq, String stageId, String status, long entrants, long passed) {}

  /** Complaints open (not answered) and of those, the ones past their promised date. */
  public record Complaints(long open, long overdue) {}

  /** A survey's responses and mean overall rating (null without responses). */
  public record Satisfaction(
      long surveyId, String title, String status, long responses, BigDecimal averageOverall) {}

  /** The {@code n} positions with the most applicants per place, most first. */
  public List<PositionLoad> mostSubscribed(int n) {
    return positions.stream()
        .sorted(
            Comparator.comparing(PositionLoad::ratio).reversed().thenComparing(PositionLoad::code))
        .limit(n)
        .toList();
  }

  /** The {@code n} positions with the fewest applicants per place, fewest first. */
  public List<PositionLoad> leastSubscribed(int n) {
    return positions.stream()
        .sorted(Comparator.comparing(PositionLoad::ratio).thenComparing(PositionLoad::code))
        .limit(n)
        .toList();
  }
}
