package org.zhaokao.interview.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhaokao.interview.Permission;
import org.zhaokao.interview.domain.AnswerTimer;
import org.zhaokao.interview.domain.InterviewSession;
import org.zhaokao.interview.domain.InterviewStore;
import org.zhaokao.interview.domain.Panel;
import org.zhaokao.interview.domain.Slot;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Calling (叫号): the next candidate in drawn order is called into the room, the answer time runs by
 * the server's clock with the session's warning points, its end is recorded, and the recording
 * references of each interview are kept.
 */
@Stateless
public class Calling {

  /** A file id of the recording system, or a link to the recording. */
  private static final Pattern REFERENCE =
      Pattern.compile("https?://\\S{1,490}|[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}");

  private static final int MAX_RECORDINGS = 20;

  @Inject private Stage stage;
  @Inject private InterviewStore store;
  @Inject private Records records;

  public CallingView board(Actor actor, long sessionId) {
    InterviewSession session = managed(actor, sessionId);
    return view(session, stage.now());
  }

  /**
   * Sets the answer time and the warning points (seconds left) of the session.
   *
   * @throws InterviewProblem 422 when out of range, 409 while a candidate answers
   */
  public CallingView timer(
      Actor actor, long sessionId, Integer answerSeconds, List<Integer> warningSeconds) {
    InterviewSession session = managed(actor, sessionId);
    if (answerSeconds == null) {
      throw InterviewProblem.invalid(
          "answerSeconds",
          "answerSeconds is " + AnswerTimer.MIN_ANSWER + " to " + AnswerTimer.MAX_ANSWER);
    }
    AnswerTimer timer;
    try {
      timer = new AnswerTimer(answerSeconds, warningSeconds == null ? List.of() : warningSeconds);
    } catch (IllegalArgumentException e) {
      String field =
          answerSeconds < AnswerTimer.MIN_ANSWER || answerSeconds > AnswerTimer.MAX_ANSWER
              ? "answerSeconds"
              : "warningSeconds";
      throw InterviewProblem.invalid(field, e.getMessage());
    }
    if (answering(sessionId).isPresent()) {
      throw InterviewProblem.conflict(
          "answering", "A candidate is answering: change the timer between candidates");
    }
    session.timer(timer);
    stage.audit(
        actor,
        "stage.interview.timer.set",
        "interview-session",
        sessionId,
        Map.of("answerSeconds", String.valueOf(answerSeconds), "warnings", timer.warningsText()));
    return view(session, stage.now());
  }

  /**
   * Calls the next candidate in drawn order; the one answering, if any, ends now (or when the time
   * ran out, if earlier).
   *
   * @throws InterviewProblem 409 when nobody signed in, lots are not drawn, or nobody waits
   */
  public CallingView next(Actor actor, long sessionId) {
    InterviewSession session = managed(actor, sessionId);
    List<Slot> slots = store.slotsOfSession(sessionId);
    if (!session.drawn()) {
      boolean anyPresent = slots.stream().anyMatch(Slot::signedIn);
      throw anyPresent
          ? InterviewProblem.conflict("not-drawn", "Draw lots before calling")
          : InterviewProblem.conflict(
              "nobody-signed-in", "Nobody has signed in: there is nobody to call");
    }
    OffsetDateTime now = stage.now();
    answering(sessionId).ifPresent(s -> endOf(session, s, now));
    Slot next =
        drawn(slots).stream()
            .filter(s -> !s.absent() && s.calledAt().isEmpty())
            .findFirst()
            .orElseThrow(
                () -> InterviewProblem.conflict("none-waiting", "Every candidate was called"));
    next.call(now);
    stage.audit(
        actor,
        "stage.interview.candidate.called",
        "interview-slot",
        next.id(),
        Map.of("session", String.valueOf(sessionId), "plate", next.plate().orElse("")));
    return view(session, now);
  }

  /**
   * Records the end of the answer of the candidate answering.
   *
   * @throws InterviewProblem 409 when nobody answers
   */
  public CallingView end(Actor actor, long sessionId) {
    InterviewSession session = managed(actor, sessionId);
    Slot slot =
        answering(sessionId)
            .orElseThrow(
                () -> InterviewProblem.conflict("nobody-answering", "Nobody is answering now"));
    OffsetDateTime now = stage.now();
    endOf(session, slot, now);
    return view(session, now);
  }

  /**
   * Keeps the recording references of a candidate's interview (file ids of the recording system or
   * links), replacing those entered before.
   *
   * @throws InterviewProblem 422 for a bad reference, 409 before the candidate was called
   */
  public List<String> recordings(Actor actor, long slotId, List<String> references) {
    Slot slot = records.slot(slotId);
    Panel panel = records.panel(slot.panelId());
    stage.require(actor, Permission.MANAGE, panel.recruitmentId());
    if (references == null || references.size() > MAX_RECORDINGS || references.contains(null)) {
      throw InterviewProblem.invalid(
          "references", "references is a list of up to " + MAX_RECORDINGS + " file ids or links");
    }
    List<String> refs = references.stream().map(String::strip).distinct().toList();
    for (int i = 0; i < refs.size(); i++) {
      if (!REFERENCE.matcher(refs.get(i)).matches()) {
        throw InterviewProblem.invalid(
            "references[" + i + "]",
            "A reference is a file id (letters, digits, . _ : / -) or an http(s) link");
      }
    }
    if (slot.calledAt().isEmpty()) {
      throw InterviewProblem.conflict("not-called", "The candidate has not been called yet");
    }
    slot.recordings(refs);
    stage.audit(
        actor,
        "stage.interview.recordings.kept",
        "interview-slot",
        slotId,
        Map.of("references", String.join(" ", refs)));
    return slot.recordings();
  }

  private InterviewSession managed(Actor actor, long sessionId) {
    InterviewSession session = records.session(sessionId);
    Panel panel = records.panel(session.panelId());
    stage.require(actor, Permission.MANAGE, panel.recruitmentId());
    return session;
  }

  private Optional<Slot> answering(long sessionId) {
    return store.slotsOfSession(sessionId).stream().filter(Slot::answering).findFirst();
  }

  /** The answer ended now, or when its time ran out if that was earlier. */
  private void endOf(InterviewSession session, Slot slot, OffsetDateTime now) {
    OffsetDateTime limit = session.timer().endsAt(slot.calledAt().orElseThrow());
    slot.endAnswer(now.isAfter(limit) ? limit : now);
  }

  private static List<Slot> drawn(List<Slot> slots) {
    return slots.stream()
        .filter(s -> s.drawOrder().isPresent())
        .sorted(Comparator.comparing(s -> s.drawOrder().orElseThrow()))
        .toList();
  }

  private CallingView view(InterviewSession session, OffsetDateTime now) {
    AnswerTimer timer = session.timer();
    List<Slot> slots = drawn(store.slotsOfSession(session.id()));
    CallingView.Current current =
        slots.stream()
            .filter(Slot::answering)
            .findFirst()
            .map(
                s -> {
                  OffsetDateTime called = s.calledAt().orElseThrow();
                  long left = timer.remaining(called, now);
                  return new CallingView.Current(
                      s.id(),
                      s.drawOrder().orElseThrow(),
                      s.plate().orElse(""),
                      called,
                      timer.endsAt(called),
                      left,
                      timer.reached(left));
                })
            .orElse(null);
    List<CallingView.Place> queue =
        slots.stream()
            .filter(s -> !s.absent())
            .map(
                s ->
                    new CallingView.Place(
                        s.id(),
                        s.drawOrder().orElseThrow(),
                        s.plate().orElse(""),
                        s.answering() ? "ANSWERING" : s.calledAt().isPresent() ? "DONE" : "WAITING",
                        s.calledAt().orElse(null),
                        s.answerEndedAt().orElse(null),
                        s.recordings()))
            .toList();
    return new CallingView(
        session.id(), now, timer.answerSeconds(), timer.warnings(), current, queue);
  }
}
