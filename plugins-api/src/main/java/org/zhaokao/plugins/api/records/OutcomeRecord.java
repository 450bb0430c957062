package org.zhaokao.plugins.api.records;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;

/**
 * A candidate's stored outcome in one stage (阶段成绩): a discipline decision that disqualified the
 * candidate shows here as {@link OutcomeStatus#DISQUALIFIED} with its reason in the remark.
 *
 * @param applicationId the application (报名)
 * @param positionId the position applied for
 * @param status the outcome
 * @param score the score, if the stage scores
 * @param remark the remark (empty when none)
 * @param reportedAt when the outcome was last reported
 * @since SPI 1.7
 */
public record OutcomeRecord(
    long applicationId,
    long positionId,
    OutcomeStatus status,
    Optional<BigDecimal> score,
    String remark,
    OffsetDateTime reportedAt) {

  public OutcomeRecord {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(remark, "remark");
    Objects.requireNonNull(reportedAt, "reportedAt");
  }
}
