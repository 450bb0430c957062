package org.zhaokao.interview.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhaokao.interview.InterviewPlugin;
import org.zhaokao.interview.Permission;
import org.zhaokao.interview.domain.InterviewSession;
import org.zhaokao.interview.domain.InterviewStore;
import org.zhaokao.interview.domain.Panel;
import org.zhaokao.interview.domain.Slot;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Interview notices (面试通知书): staff send each candidate of a session a notification, once; the
 * candidate reads the interview on the portal page and downloads the notice.
 */
@Stateless
public class Notices {

  private static final String SELF = "candidate:self";

  @Inject private Stage stage;
  @Inject private InterviewStore store;
  @Inject private Records records;
  @Inject private NoticeMessages messages;

  /** How many were notified now, and how many had been before (and were not notified again). */
  public record Sent(int sent, int alreadySent) {}

  /**
   * Notifies every candidate of the session who has not been notified; sending again notifies
   * nobody twice.
   */
  public Sent send(Actor actor, long sessionId) {
    InterviewSession session = records.session(sessionId);
    Panel panel = records.panel(session.panelId());
    stage.require(actor, Permission.MANAGE, panel.recruitmentId());
    List<Slot> slots = store.slotsOfSession(sessionId);
    if (slots.isEmpty()) {
      throw InterviewProblem.invalid("sessionId", "Assign candidates to the session first");
    }
    String title = assignment(panel.recruitmentId()).recruitmentTitle();
    Map<Long, StageEntrant> entrants =
        stage.core().roster().entrants(InterviewPlugin.ID, panel.recruitmentId()).stream()
            .collect(Collectors.toMap(StageEntrant::applicationId, Function.identity()));
    int sent = 0;
    int already = 0;
    OffsetDateTime now = stage.now();
    for (Slot slot : slots) {
      if (slot.noticedAt().isPresent()) {
        already++;
        continue;
      }
      StageEntrant e = entrants.get(slot.applicationId());
      if (e == null) {
        continue; // withdrawn from the stage since being assigned: nobody to notify
      }
      messages.send(notice(slot, session, panel, title, e), e.candidateAccountId());
      slot.noticed(now);
      sent++;
    }
    stage.audit(
        actor,
        "stage.interview.notices.sent",
        "interview-session",
        sessionId,
        Map.of("sent", String.valueOf(sent), "alreadySent", String.valueOf(already)));
    return new Sent(sent, already);
  }

  /** The logged-in candidate's interviews. */
  public List<MyInterview> mine(Actor actor) {
    long me = candidate(actor);
    OffsetDateTime now = stage.now();
    List<MyInterview> out = new ArrayList<>();
    for (StageAssignment a : stage.core().roster().assignments(InterviewPlugin.ID)) {
      for (StageEntrant e : stage.core().roster().entrants(InterviewPlugin.ID, a.recruitmentId())) {
        if (e.candidateAccountId() != me) {
          continue;
        }
        store
            .slotOf(a.recruitmentId(), e.applicationId())
            .ifPresent(s -> out.add(mine(s, a.recruitmentTitle(), now)));
      }
    }
    return out;
  }

  /**
   * The notice of a slot, for its own candidate (or staff who manage the stage).
   *
   * @throws InterviewProblem 404 for no such slot, 403 for anybody else's
   */
  public InterviewNotice notice(Actor actor, long slotId) {
    if (actor.principal().isEmpty()) {
      throw new InterviewProblem(401, "unauthorized", "Log in first");
    }
    Slot slot = records.slot(slotId);
    Panel panel = records.panel(slot.panelId());
    InterviewSession session = records.session(slot.sessionId());
    Optional<StageEntrant> entrant = entrant(panel.recruitmentId(), slot.applicationId());
    boolean own =
        actor.isPermitted(SELF)
            && entrant.map(e -> e.candidateAccountId() == actor.accountId()).orElse(false);
    if (!own && !stage.holds(actor, Permission.MANAGE, panel.recruitmentId())) {
      throw stage.denied(
          actor,
          "stage.interview.notice.denied",
          "interview-slot",
          slotId,
          "This interview notice is another candidate's");
    }
    StageEntrant e =
        entrant.orElseThrow(
            () -> InterviewProblem.conflict("not-entrant", "The candidate left the stage"));
    stage.audit(
        actor,
        "stage.interview.notice.downloaded",
        "interview-slot",
        slotId,
        Map.of("application", String.valueOf(slot.applicationId())));
    return notice(slot, session, panel, assignment(panel.recruitmentId()).recruitmentTitle(), e);
  }

  private MyInterview mine(Slot s, String recruitment, OffsetDateTime now) {
    InterviewSession session = records.session(s.sessionId());
    Panel panel = records.panel(s.panelId());
    return new MyInterview(
        s.id(),
        s.recruitmentId(),
        recruitment,
        session.date(),
        session.part().name(),
        session.startsAt().orElse(null),
        session.venue().orElse(null),
        panel.name(),
        panel.room(),
        s.plate().orElse(null),
        s.meetingLink().isPresent(),
        s.meetingOpensAt().orElse(null),
        s.meetingClosesAt().orElse(null),
        s.meetingLinkAt(now).orElse(null));
  }

  private long candidate(Actor actor) {
    if (actor.principal().isEmpty()) {
      throw new InterviewProblem(401, "unauthorized", "Log in first");
    }
    if (!actor.isPermitted(SELF)) {
      throw InterviewProblem.forbidden("Only candidates have interviews of their own");
    }
    return actor.accountId();
  }

  private StageAssignment assignment(long recruitmentId) {
    return stage.core().roster().assignments(InterviewPlugin.ID).stream()
        .filter(a -> a.recruitmentId() == recruitmentId)
        .findFirst()
        .orElseThrow(
            () ->
                new InterviewProblem(
                    404,
                    "not-in-chain",
                    "Recruitment " + recruitmentId + " has no interview stage"));
  }

  private Optional<StageEntrant> entrant(long recruitmentId, long applicationId) {
    return stage.core().roster().entrants(InterviewPlugin.ID, recruitmentId).stream()
        .filter(e -> e.applicationId() == applicationId)
        .findFirst();
  }

  private static InterviewNotice notice(
      Slot s, InterviewSession session, Panel panel, String recruitment, StageEntrant e) {
    return new InterviewNotice(
        s.id(),
        session.id(),
        s.applicationId(),
        recruitment,
        e.realName(),
        e.maskedIdNumber(),
        e.ticketNumber().orElse(""),
        e.positionCode() + " " + e.positionTitle(),
        session.date(),
        session.part().name(),
        session.startsAt().orElse(null),
        session.venue().orElse(""),
        panel.name(),
        panel.room());
  }
}
