package org.zhaokao.written.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.discipline.IncidentRejectedException;
import org.zhaokao.plugins.api.discipline.IncidentReport;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.written.WrittenExamPlugin;
import org.zhaokao.written.domain.paper.Paper;
import org.zhaokao.written.domain.paper.WrittenExam;
import org.zhaokao.written.domain.proctoring.EventKind;
import org.zhaokao.written.domain.proctoring.ProctorMessage;
import org.zhaokao.written.domain.proctoring.Snapshot;
import org.zhaokao.written.domain.sitting.Attempt;

/**
 * The proctor's desk (监考台) of an online exam: the live roster ({@link ProctorRoster}), the last
 * snapshot of a candidate, a message to them, ending their attempt (强制交卷) and reporting them to
 * discipline. Each action is audited; looking at a snapshot too, as it shows a person.
 */
@Stateless
public class ProctorDesk {

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private StageCore core;
  @Inject private Exams exams;
  @Inject private Sitting sitting;
  @Inject private PaperVault vault;
  @Inject private ProctorRoster roster;

  /** What a message looked like once sent. */
  public record Sent(long id, Instant sentAt) {}

  /** The attempt ended by the proctor. */
  public record Forced(long applicationId, Instant submittedAt) {}

  /** The incident discipline opened. */
  public record Reported(long applicationId, long incidentId) {}

  public List<ProctorRoster.Line> roster(Actor actor, long recruitmentId) {
    core.requireIn(actor, WrittenExamPlugin.PROCTOR, recruitmentId, "proctor");
    return roster.of(exam(recruitmentId), recruitmentId);
  }

  /**
   * The candidate's last webcam snapshot, as JPEG bytes.
   *
   * @throws UseCaseException 404 when none was taken
   */
  public byte[] lastSnapshot(Actor actor, long recruitmentId, long applicationId) {
    core.requireIn(actor, WrittenExamPlugin.PROCTOR, recruitmentId, "proctor");
    WrittenExam exam = exam(recruitmentId);
    Attempt attempt = attempt(exam, applicationId);
    Snapshot last =
        em.createQuery(
                "select s from Snapshot s where s.attemptId = :a order by s.takenAt desc, s.id desc",
                Snapshot.class)
            .setParameter("a", attempt.id())
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> UseCaseException.notFound("a snapshot of " + applicationId));
    core.audit(
        actor,
        "snapshot.viewed",
        "attempt",
        attempt.id(),
        Map.of("application", applicationId, "takenAt", last.takenAt()));
    return vault.openBytes(exam, last.sealed(), Snapshot.binding(attempt.id()));
  }

  public Sent message(Actor actor, long recruitmentId, long applicationId, String text) {
    long by = core.requireIn(actor, WrittenExamPlugin.PROCTOR, recruitmentId, "proctor");
    String body = text == null ? "" : text.strip();
    if (body.isEmpty() || body.length() > ProctorMessage.MAX_LENGTH) {
      throw UseCaseException.invalid(
          "message.invalid",
          "a message is 1 to " + ProctorMessage.MAX_LENGTH + " characters",
          List.of("text"));
    }
    Attempt attempt = attempt(exam(recruitmentId), applicationId);
    Instant now = Instant.now();
    if (!attempt.open(now)) {
      throw UseCaseException.conflict("attempt.over", "the attempt has ended");
    }
    ProctorMessage m = new ProctorMessage(attempt.id(), body, now, by);
    em.persist(m);
    core.audit(
        actor,
        "proctor.messaged",
        "attempt",
        attempt.id(),
        Map.of("application", applicationId, "text", body));
    return new Sent(m.id(), now);
  }

  /**
   * Ends the candidate's running attempt now; the answers saved so far count.
   *
   * @throws UseCaseException 422 without a reason, 409 when the attempt had ended
   */
  public Forced forceSubmit(Actor actor, long recruitmentId, long applicationId, String reason) {
    long by = core.requireIn(actor, WrittenExamPlugin.PROCTOR, recruitmentId, "proctor");
    String why = required(reason, "reason");
    Attempt attempt = attempt(exam(recruitmentId), applicationId);
    em.lock(attempt, LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now();
    if (!attempt.forceSubmit(now, by)) {
      throw UseCaseException.conflict("attempt.over", "the attempt had already ended");
    }
    core.audit(
        actor,
        "attempt.forced",
        "attempt",
        attempt.id(),
        Map.of("application", applicationId, "reason", why));
    return new Forced(applicationId, now);
  }

  /**
   * Reports the candidate to discipline with what proctoring recorded; once per attempt.
   *
   * @throws UseCaseException 422 without facts, 409 when already reported or discipline refuses
   */
  public Reported report(Actor actor, long recruitmentId, long applicationId, String facts) {
    core.requireIn(actor, WrittenExamPlugin.PROCTOR, recruitmentId, "proctor");
    String text = required(facts, "facts");
    Attempt attempt = attempt(exam(recruitmentId), applicationId);
    em.lock(attempt, LockModeType.PESSIMISTIC_WRITE);
    if (attempt.incidentId() != null) {
      throw UseCaseException.conflict(
          "attempt.reported", "already reported: incident " + attempt.incidentId());
    }
    Map<EventKind, Long> counts = roster.eventCounts(attempt.id());
    long incident;
    try {
      incident =
          core.services()
              .incidents()
              .report(
                  new IncidentReport(
                      recruitmentId,
                      applicationId,
                      WrittenExamPlugin.ID,
                      Invigilation.CHEATING,
                      text + "（在线监考记录：" + counts + "）",
                      List.of("written-exam:attempt:" + attempt.id()),
                      AuditActor.of(actor)))
              .incidentId();
    } catch (IncidentRejectedException e) {
      throw UseCaseException.conflict(
          "discipline.refused", "discipline refused the incident: " + e.getMessage());
    }
    attempt.referred(incident);
    core.audit(
        actor,
        "attempt.reported",
        "attempt",
        attempt.id(),
        Map.of("application", applicationId, "incident", incident));
    return new Reported(applicationId, incident);
  }

  private WrittenExam exam(long recruitmentId) {
    return exams
        .ofRecruitment(recruitmentId)
        .orElseThrow(() -> UseCaseException.notFound("written exam of " + recruitmentId));
  }

  private Attempt attempt(WrittenExam exam, long applicationId) {
    Paper paper = exams.paperOf(exam.id(), applicationId);
    return sitting
        .attemptOf(paper)
        .orElseThrow(
            () ->
                UseCaseException.conflict(
                    "attempt.none", "application " + applicationId + " has not opened the paper"));
  }

  private static String required(String value, String name) {
    if (value == null || value.isBlank() || value.strip().length() > 1000) {
      throw UseCaseException.invalid(
          name + ".required", name + " is required (at most 1000 characters)", List.of(name));
    }
    return value.strip();
  }
}
