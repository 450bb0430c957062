package org.zhaokao.written.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.written.domain.paper.WrittenExam;
import org.zhaokao.written.domain.proctoring.EventKind;
import org.zhaokao.written.domain.proctoring.ProctorEvent;
import org.zhaokao.written.domain.proctoring.ProctorMessage;
import org.zhaokao.written.domain.proctoring.Snapshot;
import org.zhaokao.written.domain.sitting.Attempt;

/**
 * The candidate's side of online proctoring (在线监考): while the attempt runs, the exam page reports
 * what the browser sees (leaving the window or full screen, copy and paste, audio levels) and sends
 * webcam snapshots; it shows the proctor's messages. All or nothing per request.
 */
@Stateless
public class Proctoring {

  /** The most events one request carries: the page sends them every few seconds. */
  public static final int MAX_EVENTS = 100;

  /** How far a browser's clock may stray from the server's. */
  private static final Duration SKEW = Duration.ofMinutes(2);

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private Exams exams;
  @Inject private Sitting sitting;
  @Inject private PaperVault vault;

  /** An event as the browser reports it; {@code level} for audio samples only. */
  public record Reported(EventKind kind, Instant at, Integer level) {}

  /** A proctor's message as the candidate sees it. */
  public record MessageView(long id, String body, Instant sentAt) {}

  /**
   * Stores the events of the candidate's running attempt.
   *
   * @return how many were stored
   * @throws UseCaseException 422 naming every bad event (nothing stored), 409 when the attempt
   *     ended or never began
   */
  public int report(Actor actor, long examId, List<Reported> events) {
    Attempt attempt = running(actor, examId);
    Instant now = Instant.now();
    List<String> problems = new ArrayList<>();
    if (events.isEmpty() || events.size() > MAX_EVENTS) {
      problems.add("send 1 to " + MAX_EVENTS + " events, got " + events.size());
    }
    List<ProctorEvent> stored = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Reported e = events.get(i);
      if (e.kind() == null || e.at() == null) {
        problems.add("event " + (i + 1) + ": kind and at are required");
      } else if (e.at().isBefore(attempt.openedAt().minus(SKEW))
          || e.at().isAfter(now.plus(SKEW))) {
        problems.add("event " + (i + 1) + ": at " + e.at() + " is outside the attempt");
      } else {
        try {
          stored.add(new ProctorEvent(attempt.id(), e.kind(), e.at(), now, e.level()));
        } catch (IllegalArgumentException bad) {
          problems.add("event " + (i + 1) + ": " + bad.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw UseCaseException.invalid("events.invalid", "the events were not stored", problems);
    }
    stored.forEach(em::persist);
    return stored.size();
  }

  /**
   * Stores a webcam snapshot of the running attempt, sealed.
   *
   * @throws UseCaseException 422 for anything but a JPEG of at most {@link Snapshot#MAX_BYTES}
   */
  public Instant snapshot(Actor actor, long examId, byte[] jpeg) {
    Attempt attempt = running(actor, examId);
    Pictures.requireJpeg(jpeg);
    WrittenExam exam = exams.exam(examId);
    Instant now = Instant.now();
    em.persist(
        new Snapshot(
            attempt.id(),
            now,
            jpeg.length,
            vault.sealBytes(exam, jpeg, Snapshot.binding(attempt.id()))));
    return now;
  }

  /** The proctor's messages to the candidate, oldest first. */
  public List<MessageView> messages(Actor actor, long examId) {
    Attempt attempt = sitting.myAttempt(actor, examId);
    return em.createQuery(
            "select m from ProctorMessage m where m.attemptId = :a order by m.sentAt",
            ProctorMessage.class)
        .setParameter("a", attempt.id())
        .getResultStream()
        .map(m -> new MessageView(m.id(), m.body(), m.sentAt()))
        .toList();
  }

  private Attempt running(Actor actor, long examId) {
    Attempt attempt = sitting.myAttempt(actor, examId);
    if (!attempt.open(Instant.now())) {
      throw UseCaseException.conflict("attempt.over", "the attempt has ended");
    }
    return attempt;
  }
}
