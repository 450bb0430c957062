package org.zhaokao.written.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.written.WrittenExamPlugin;
import org.zhaokao.written.domain.paper.WrittenExam;
import org.zhaokao.written.domain.sitting.Attempt;

/**
 * Moves an exam's window (改期): a venue flooded, a system fault, an incident that ends the exam
 * early. Before the start both times may move, to the future; once candidates may open the paper
 * only the end moves, never into the past, and every running attempt takes the new end as its
 * limit. Entrants are told; the change is audited with its reason.
 */
@Stateless
public class ExamRescheduling {

  private static final int MAX_REASON = 500;

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private StageCore core;
  @Inject private Exams exams;
  @Inject private ScheduleNotices notices;

  /** What the change did: the exam now, running attempts whose deadline moved, entrants told. */
  public record Rescheduled(ExamView exam, int attemptsChanged, int entrantsNotified) {}

  public Rescheduled reschedule(
      Actor actor, long recruitmentId, Instant startsAt, Instant endsAt, String reason) {
    core.require(actor, WrittenExamPlugin.MANAGE, "reschedule written exams");
    check(startsAt, endsAt, reason);
    Instant now = Instant.now();
    WrittenExam exam = exams.lockedOf(recruitmentId);
    if (exam.over(now)) {
      throw UseCaseException.conflict(
          "exam.over", "the exam ended at " + exam.endsAt() + ": its window can no longer move");
    }
    boolean started = exam.started(now);
    if (started && !sameSecond(startsAt, exam.startsAt())) {
      throw UseCaseException.conflict(
          "exam.started", "the exam started at " + exam.startsAt() + ": only its end may move now");
    }
    List<String> problems = new ArrayList<>();
    if (!started && startsAt.isBefore(now)) {
      problems.add("startsAt must not be in the past");
    }
    if (endsAt.isBefore(now)) {
      problems.add("endsAt must not be in the past");
    }
    if (!problems.isEmpty()) {
      throw UseCaseException.invalid("exam.invalid", "the exam cannot be moved so", problems);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("recruitment", recruitmentId);
    details.put("fromStartsAt", exam.startsAt());
    details.put("fromEndsAt", exam.endsAt());
    exam.reschedule(started ? exam.startsAt() : startsAt, endsAt);
    int changed = moveDeadlines(exam, now);
    StageAssignment assignment = core.assignment(recruitmentId);
    int told =
        notices.tell(
            core.services().roster().entrants(WrittenExamPlugin.ID, recruitmentId),
            exam,
            assignment.recruitmentTitle(),
            reason.strip());
    details.put("startsAt", exam.startsAt());
    details.put("endsAt", endsAt);
    details.put("reason", reason.strip());
    details.put("attemptsChanged", changed);
    details.put("notified", told);
    core.audit(actor, "exam.rescheduled", "exam", exam.id(), details);
    return new Rescheduled(ExamView.of(exam), changed, told);
  }

  /** A schedule means nothing below the second: a client echoing the start back matches. */
  private static boolean sameSecond(Instant a, Instant b) {
    return a.getEpochSecond() == b.getEpochSecond();
  }

  private static void check(Instant startsAt, Instant endsAt, String reason) {
    List<String> problems = new ArrayList<>();
    if (startsAt == null || endsAt == null) {
      problems.add("startsAt and endsAt are required");
    } else if (!endsAt.isAfter(startsAt)) {
      problems.add("endsAt must be after startsAt");
    }
    if (reason == null || reason.isBlank()) {
      problems.add("reason is required: the entrants are told why");
    } else if (reason.strip().length() > MAX_REASON) {
      problems.add("reason is at most " + MAX_REASON + " characters");
    }
    if (!problems.isEmpty()) {
      throw UseCaseException.invalid("exam.invalid", "the exam cannot be moved so", problems);
    }
  }

  /** Running attempts end at the smaller of their duration and the new end. */
  private int moveDeadlines(WrittenExam exam, Instant now) {
    List<Attempt> running =
        em.createQuery(
                "select a from Attempt a where a.submittedAt is null and a.paperId in"
                    + " (select p.id from Paper p where p.examId = :e)",
                Attempt.class)
            .setParameter("e", exam.id())
            .getResultList();
    int changed = 0;
    for (Attempt a : running) {
      if (a.deadlineMoved(exam.deadlineFor(a.openedAt()), now)) {
        changed++;
      }
    }
    return changed;
  }
}
