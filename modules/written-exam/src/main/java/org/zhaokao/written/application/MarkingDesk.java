package org.zhaokao.written.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.written.WrittenExamPlugin;
import org.zhaokao.written.domain.marking.DoubleMarking;
import org.zhaokao.written.domain.marking.Mark;
import org.zhaokao.written.domain.marking.MarkingQuestion;
import org.zhaokao.written.domain.marking.MarkingTask;
import org.zhaokao.written.domain.marking.TaskState;
import org.zhaokao.written.domain.paper.WrittenExam;

/**
 * A marker's work (评卷): take the next task of an exam (never one of a script answer they marked
 * before), see the anonymous answer, submit a score within the question's points — once, sealed.
 * The second submitted mark settles the task or sends it to arbitration; the third settles it.
 */
@Stateless
public class MarkingDesk {

  private static final int SCAN = 20;

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private StageCore core;
  @Inject private Exams exams;
  @Inject private MarkingRecords records;
  @Inject private TaskViews views;

  /** An exam in marking the actor may mark. */
  public record MarkingExam(long recruitmentId, long examId, long waiting, Long myOpenTask) {}

  /** What a submitted score did. */
  public record Submitted(long taskId, boolean sealed) {}

  public List<MarkingExam> exams(Actor actor) {
    if (actor.principal().isEmpty()) {
      throw new UseCaseException(401, "login", "Log in first");
    }
    long me = actor.accountId();
    return records.marking().stream()
        .filter(e -> may(actor, e.recruitmentId()))
        .map(
            e ->
                new MarkingExam(
                    e.recruitmentId(),
                    e.id(),
                    records.tasks(e.id()).stream().filter(MarkingTask::wantsMarker).count(),
                    records.openMark(e.id(), me).map(Mark::taskId).orElse(null)))
        .toList();
  }

  /**
   * The marker's task in hand, or the next one wanting a marker they have not marked it before
   * (arbitrations first); empty when none is left for them.
   */
  public Optional<TaskView> next(Actor actor, long recruitmentId) {
    long me = requireMarker(actor, recruitmentId);
    WrittenExam exam = open(records.inMarking(recruitmentId));
    Optional<Mark> inHand = records.openMark(exam.id(), me);
    if (inHand.isPresent()) {
      return Optional.of(views.of(records.task(inHand.get().taskId())));
    }
    List<MarkingTask> candidates =
        em.createQuery(
                "select t from MarkingTask t where t.examId = :e and ((t.state = :doubling and"
                    + " t.taken < 2) or (t.state = :arbitration and t.taken < 3)) and not exists"
                    + " (select m from Mark m where m.taskId = t.id and m.markerId = :me)"
                    + " order by t.state, t.id",
                MarkingTask.class)
            .setParameter("e", exam.id())
            .setParameter("doubling", TaskState.DOUBLE)
            .setParameter("arbitration", TaskState.ARBITRATION)
            .setParameter("me", me)
            .setMaxResults(SCAN)
            .getResultList();
    for (MarkingTask t : candidates) {
      // Another marker may have taken it since the query: look again under the lock.
      em.refresh(t, LockModeType.PESSIMISTIC_WRITE);
      if (t.wantsMarker()) {
        return Optional.of(hand(actor, me, exam, t));
      }
    }
    return Optional.empty();
  }

  /**
   * Takes one particular task (the chief taking an arbitration, say).
   *
   * @throws UseCaseException 409 when the actor marked it before, it wants no further marker, or
   *     the actor has another task in hand
   */
  public TaskView claim(Actor actor, long taskId) {
    MarkingTask t = records.task(taskId);
    WrittenExam exam = exams.exam(t.examId());
    long me = requireMarker(actor, exam.recruitmentId());
    open(exam);
    em.refresh(t, LockModeType.PESSIMISTIC_WRITE);
    if (records.marksOf(taskId).stream().anyMatch(m -> m.markerId() == me)) {
      core.denied(
          actor, "mark.claimed", "marking-task", taskId, "marked by the same marker before");
      throw UseCaseException.conflict(
          "marking.sameMarker",
          "you marked this answer before: a script never goes to a marker twice");
    }
    if (!t.wantsMarker()) {
      throw UseCaseException.conflict("marking.taskFull", "this task wants no further marker");
    }
    if (records.openMark(exam.id(), me).isPresent()) {
      throw UseCaseException.conflict("marking.busy", "submit the task in hand first");
    }
    return hand(actor, me, exam, t);
  }

  /**
   * Submits the actor's score of a task they hold, sealing it.
   *
   * @throws UseCaseException 403 for a task not handed to the actor, 409 when their mark is sealed
   *     already, 422 for a score outside 0 to the question's points
   */
  public Submitted submit(Actor actor, long taskId, BigDecimal score) {
    MarkingTask t = records.task(taskId);
    WrittenExam exam = exams.exam(t.examId());
    long me = requireMarker(actor, exam.recruitmentId());
    open(exam);
    em.refresh(t, LockModeType.PESSIMISTIC_WRITE);
    List<Mark> marks = records.marksOf(taskId);
    Mark mine = marks.stream().filter(m -> m.markerId() == me).findFirst().orElse(null);
    if (mine == null) {
      core.denied(actor, "mark.submitted", "marking-task", taskId, "not handed to this marker");
      throw new UseCaseException(403, "marking.notYours", "this task is not assigned to you");
    }
    if (mine.sealed()) {
      throw UseCaseException.conflict(
          "marking.sealed", "your score of this task is submitted and sealed");
    }
    MarkingQuestion q = records.question(t.questionId());
    DoubleMarking.refusal(score, q.points())
        .ifPresent(
            why -> {
              throw UseCaseException.invalid("marking.score", why, List.of());
            });
    Instant now = Instant.now();
    mine.submit(score, now);
    settle(t, marks, records.rule(q));
    core.audit(
        actor,
        "mark.submitted",
        "marking-task",
        taskId,
        Map.of("round", mine.round(), "score", score, "state", t.state()));
    return new Submitted(taskId, true);
  }

  private void settle(MarkingTask t, List<Mark> marks, DoubleMarking rule) {
    List<BigDecimal> sealed = marks.stream().filter(Mark::sealed).map(Mark::score).toList();
    if (t.state() == TaskState.DOUBLE && sealed.size() == 2) {
      t.doubleMarked(sealed.get(0), sealed.get(1), rule);
    } else if (t.state() == TaskState.ARBITRATION && sealed.size() == 3) {
      t.arbitrated(marks.get(2).score(), rule);
    }
  }

  private TaskView hand(Actor actor, long me, WrittenExam exam, MarkingTask t) {
    int round = t.take();
    em.persist(new Mark(t.id(), exam.id(), me, round, Instant.now()));
    core.audit(actor, "mark.taken", "marking-task", t.id(), Map.of("round", round));
    return views.of(t);
  }

  private WrittenExam open(WrittenExam exam) {
    if (exam.markingOpenedAt() == null) {
      throw UseCaseException.conflict(
          "marking.notOpened", "the marking of this exam has not been opened");
    }
    if (exam.markingReleasedAt() != null) {
      throw UseCaseException.conflict("marking.released", "the scores are released: marking ended");
    }
    return exam;
  }

  private boolean may(Actor actor, long recruitmentId) {
    return core.holdsIn(actor, WrittenExamPlugin.MARK, recruitmentId)
        || core.holdsIn(actor, WrittenExamPlugin.CHIEF, recruitmentId);
  }

  private long requireMarker(Actor actor, long recruitmentId) {
    if (core.holdsIn(actor, WrittenExamPlugin.CHIEF, recruitmentId)) {
      return actor.accountId();
    }
    return core.requireIn(actor, WrittenExamPlugin.MARK, recruitmentId, "mark written exams");
  }
}
