package org.zhaokao.plugins.api.outcome;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one candidate in one stage (阶段成绩), as a plugin reports it to the core.
 *
 * <p>Reporting is idempotent per application and stage: reporting again replaces the earlier
 * outcome until the employer confirms the stage.
 *
 * @param applicationId the application (报名) the result belongs to
 * @param status how the candidate came out
 * @param score the stage's score when the stage scores; absent for an absent or disqualified
 *     candidate
 * @param remark a note shown to staff, or empty
 * @param evidenceRefs references to stored records behind the result (sign-in sheet, score sheet,
 *     video ids)
 */
public record StageOutcome(
    long applicationId,
    OutcomeStatus status,
    Optional<BigDecimal> score,
    String remark,
    List<String> evidenceRefs) {

  public StageOutcome {
    if (applicationId <= 0) {
      throw new IllegalArgumentException("application id must be positive, got " + applicationId);
    }
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(score, "score");
    remark = remark == null ? "" : remark;
    evidenceRefs = List.copyOf(evidenceRefs);
    if (score.isPresent()
        && (status == OutcomeStatus.ABSENT || status == OutcomeStatus.DISQUALIFIED)) {
      throw new IllegalArgumentException("an " + status + " candidate has no score");
    }
    if (score.isPresent() && score.get().signum() < 0) {
      throw new IllegalArgumentException("score must not be negative, got " + score.get());
    }
  }

  /** A scored result. */
  public static StageOutcome scored(long applicationId, OutcomeStatus status, BigDecimal score) {
    return new StageOutcome(applicationId, status, Optional.of(score), "", List.of());
  }

  /** A result without a score (absent, disqualified, or a pass/fail stage). */
  public static StageOutcome unscored(long applicationId, OutcomeStatus status, String remark) {
    return new StageOutcome(applicationId, status, Optional.empty(), remark, List.of());
  }
}
