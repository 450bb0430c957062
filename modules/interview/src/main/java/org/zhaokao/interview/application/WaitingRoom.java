package org.zhaokao.interview.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhaokao.interview.InterviewPlugin;
import org.zhaokao.interview.Permission;
import org.zhaokao.interview.domain.InterviewSession;
import org.zhaokao.interview.domain.InterviewStore;
import org.zhaokao.interview.domain.Panel;
import org.zhaokao.interview.domain.Slot;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.security.Actor;

/**
 * The waiting room (候考室): the session's roster for the identity check, and sign-in (签到) of each
 * candidate who is present. Sign-in closes when lots are drawn; who has not signed in by then is
 * absent (缺考).
 */
@Stateless
public class WaitingRoom {

  @Inject private Stage stage;
  @Inject private InterviewStore store;
  @Inject private Records records;

  /** The roster with names, for the identity check; the view of names is logged. */
  public List<RosterLine> roster(Actor actor, long sessionId) {
    InterviewSession session = records.session(sessionId);
    Panel panel = records.panel(session.panelId());
    stage.require(actor, Permission.MANAGE, panel.recruitmentId());
    Map<Long, StageEntrant> entrants = entrants(panel.recruitmentId());
    List<RosterLine> lines =
        store.slotsOfSession(sessionId).stream()
            .map(s -> line(s, entrants.get(s.applicationId())))
            .toList();
    stage.audit(
        actor,
        "stage.interview.roster.viewed",
        "interview-session",
        sessionId,
        Map.of("candidates", String.valueOf(lines.size())));
    return lines;
  }

  /**
   * Marks the candidate present after staff checked the identity card against the roster.
   *
   * @throws InterviewProblem 422 without the identity check or for an application not on this
   *     session's roster, 409 once sign-in closed or when signed in already
   */
  public RosterLine signIn(
      Actor actor, long sessionId, Long applicationId, boolean identityChecked) {
    InterviewSession session = records.session(sessionId);
    Panel panel = records.panel(session.panelId());
    long me = stage.require(actor, Permission.MANAGE, panel.recruitmentId());
    if (applicationId == null) {
      throw InterviewProblem.invalid("applicationId", "Give the candidate's application id");
    }
    if (!identityChecked) {
      throw InterviewProblem.invalid(
          "identityChecked", "Check the candidate's identity card before signing in");
    }
    Slot slot =
        store
            .slotOf(panel.recruitmentId(), applicationId)
            .filter(s -> s.sessionId() == sessionId)
            .orElseThrow(
                () ->
                    InterviewProblem.invalid(
                        "applicationId",
                        "Application " + applicationId + " is not on this session's roster"));
    if (!session.signInOpen()) {
      throw InterviewProblem.conflict(
          "sign-in-closed", "Sign-in closed when the session started: the candidate is absent");
    }
    if (slot.signedIn()) {
      throw InterviewProblem.conflict("signed-in", "The candidate has signed in already");
    }
    if (slot.absent()) {
      throw InterviewProblem.conflict("absent", "The candidate was marked absent");
    }
    slot.signIn(me, stage.now());
    stage.audit(
        actor,
        "stage.interview.candidate.signed-in",
        "interview-slot",
        slot.id(),
        Map.of("session", String.valueOf(sessionId), "application", String.valueOf(applicationId)));
    return line(slot, entrants(panel.recruitmentId()).get(applicationId));
  }

  private Map<Long, StageEntrant> entrants(long recruitmentId) {
    return stage.core().roster().entrants(InterviewPlugin.ID, recruitmentId).stream()
        .collect(Collectors.toMap(StageEntrant::applicationId, Function.identity()));
  }

  private static RosterLine line(Slot s, StageEntrant e) {
    return new RosterLine(
        s.id(),
        s.applicationId(),
        e == null ? "" : e.realName(),
        e == null ? "" : e.maskedIdNumber(),
        e == null ? "" : e.ticketNumber().orElse(""),
        e == null ? "" : e.positionCode() + " " + e.positionTitle(),
        s.signedInAt().orElse(null),
        s.absent(),
        s.drawOrder().orElse(null),
        s.plate().orElse(null));
  }
}
