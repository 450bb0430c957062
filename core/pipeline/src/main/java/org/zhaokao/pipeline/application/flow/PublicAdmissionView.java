package org.zhaokao.pipeline.application.flow;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A published admission list as the portal shows it to everyone (拟录用人员公示, SPEC F7): who is proposed
 * for which position, with masked names, during and after the publicity period.
 *
 * @param recruitmentId the recruitment
 * @param recruitment its title
 * @param publishedAt when the list was published
 * @param publicityEndsAt when objections close
 * @param inPublicity whether the publicity period is running now
 * @param admits the confirmed admits by position, then rank; withdrawn and disqualified ones and
 *     unconfirmed substitutes are not shown
 */
public record PublicAdmissionView(
    long recruitmentId,
    String recruitment,
    OffsetDateTime publishedAt,
    OffsetDateTime publicityEndsAt,
    boolean inPublicity,
    List<Line> admits) {

  /**
   * One admit.
   *
   * @param positionCode the position's code
   * @param position its title
   * @param rank the rank in the position's composite ranking
   * @param maskedName {@code 张*}
   * @param ticketNumber the admission-ticket number, or null
   * @param composite the composite score
   * @param substitute whether the admit took the place of someone who left the list (递补)
   */
  public record Line(
      String positionCode,
      String position,
      int rank,
      String maskedName,
      String ticketNumber,
      BigDecimal composite,
      boolean substitute) {}
}
