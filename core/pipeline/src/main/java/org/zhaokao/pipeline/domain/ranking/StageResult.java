package org.zhaokao.pipeline.domain.ranking;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;

/**
 * One candidate's stored outcome of one stage, as the arithmetic sees it.
 *
 * @param applicationId the application (报名)
 * @param positionId the position applied for: ratios and rankings are per position
 * @param status how the candidate came out
 * @param score the stage's score, if it scores
 */
public record StageResult(
    long applicationId, long positionId, OutcomeStatus status, Optional<BigDecimal> score) {

  public StageResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(score, "score");
  }

  public static StageResult of(long applicationId, long positionId, OutcomeStatus s, Number score) {
    return new StageResult(
        applicationId,
        positionId,
        s,
        score == null ? Optional.empty() : Optional.of(new BigDecimal(score.toString())));
  }
}
