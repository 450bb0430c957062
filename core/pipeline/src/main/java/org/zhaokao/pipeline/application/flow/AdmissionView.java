package org.zhaokao.pipeline.application.flow;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A recruitment's admission list (拟录用名单).
 *
 * @param status PROPOSED, CONFIRMED or PUBLISHED
 * @param publicityEndsAt end of the publicity period (公示期), once published
 * @param inputsSha256 the ranking's inputs when proposed
 * @param admits by position, then rank; withdrawn and disqualified ones stay listed with reason
 */
public record AdmissionView(
    long recruitmentId,
    String status,
    OffsetDateTime publicityEndsAt,
    String inputsSha256,
    List<Line> admits) {

  /**
   * One admit.
   *
   * @param replacesApplicationId for a substitute (递补), whom it replaces
   */
  public record Line(
      long applicationId,
      long positionId,
      String position,
      int rank,
      BigDecimal composite,
      String status,
      Long replacesApplicationId,
      String reason) {}
}
