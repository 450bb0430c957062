package org.zhaokao.physical.application;

import static org.zhaokao.physical.infrastructure.PhysicalTestPlugin.MANAGE;
import static org.zhaokao.physical.infrastructure.PhysicalTestPlugin.RECORD;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.zhaokao.physical.domain.sitting.Seat;
import org.zhaokao.physical.domain.sitting.Sittings;
import org.zhaokao.plugins.api.security.Actor;

/**
 * The test day at the gate and on the track: sign-in after the officer checked the candidate's
 * identity (签到, 身份核验), and removal of a rule-breaker (违纪取消资格).
 */
@ApplicationScoped
public class SittingUseCases {

  @Inject private StageContext stage;
  @Inject private Sittings sittings;

  /**
   * Signs the candidate in at their own session.
   *
   * @param identityConfirmed the officer compared the candidate with the registration photo and ID
   * @throws StageProblem 422 without the officer's confirmation or for a candidate seated in
   *     another session (or none), 409 if already signed in
   */
  @Transactional
  public Seat signIn(
      Actor actor,
      long recruitmentId,
      long applicationId,
      long sessionId,
      boolean identityConfirmed) {
    stage.require(actor, RECORD);
    stage.running(recruitmentId);
    if (!identityConfirmed) {
      throw StageProblem.invalid(
          "the officer must confirm the candidate's identity to sign them in");
    }
    Seat seat = seat(recruitmentId, applicationId);
    if (seat.sessionId() != sessionId) {
      throw StageProblem.invalid(
          "application " + applicationId + " is not in session " + sessionId);
    }
    try {
      seat.signIn(actor.accountId(), Instant.now());
    } catch (IllegalStateException e) {
      throw StageProblem.conflict(e.getMessage());
    }
    stage.audit(
        actor,
        "candidate.signed-in",
        "application",
        applicationId,
        "recruitment",
        String.valueOf(recruitmentId),
        "session",
        String.valueOf(sessionId),
        "identityConfirmed",
        "true");
    return seat;
  }

  /**
   * Removes a signed-in candidate for a rule breach; the reason goes to the pipeline and to
   * discipline.
   */
  @Transactional
  public Seat disqualify(Actor actor, long recruitmentId, long applicationId, String reason) {
    stage.require(actor, MANAGE);
    stage.running(recruitmentId);
    Seat seat = seat(recruitmentId, applicationId);
    try {
      seat.disqualify(reason, actor.accountId(), Instant.now());
    } catch (IllegalArgumentException e) {
      throw StageProblem.invalid(e.getMessage());
    } catch (IllegalStateException e) {
      throw StageProblem.conflict(e.getMessage());
    }
    stage.audit(
        actor,
        "candidate.disqualified",
        "application",
        applicationId,
        "recruitment",
        String.valueOf(recruitmentId),
        "reason",
        seat.disqualifiedReason().orElse(""));
    return seat;
  }

  private Seat seat(long recruitmentId, long applicationId) {
    return sittings
        .seat(recruitmentId, applicationId)
        .orElseThrow(
            () ->
                StageProblem.invalid(
                    "application " + applicationId + " has no seat in any session of this test"));
  }
}
