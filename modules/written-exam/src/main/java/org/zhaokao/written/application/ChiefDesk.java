package org.zhaokao.written.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.written.WrittenExamPlugin;
import org.zhaokao.written.domain.bank.Item;
import org.zhaokao.written.domain.marking.Consistency;
import org.zhaokao.written.domain.marking.Mark;
import org.zhaokao.written.domain.marking.MarkingQuestion;
import org.zhaokao.written.domain.marking.MarkingTask;
import org.zhaokao.written.domain.marking.Script;
import org.zhaokao.written.domain.marking.TaskState;
import org.zhaokao.written.domain.paper.Paper;
import org.zhaokao.written.domain.paper.WrittenExam;

/**
 * The chief marker's desk (阅卷组长): the marking's progress per question, each marker's consistency,
 * and the release of the scores (成绩发布) once every task is settled — each candidate's machine score
 * plus their marked scores goes to the pipeline.
 */
@Stateless
public class ChiefDesk {

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private StageCore core;
  @Inject private Exams exams;
  @Inject private MarkingRecords records;
  @Inject private ScoreReporting reporting;

  /** An ended exam the actor leads the marking of. */
  public record ChiefExam(
      long recruitmentId,
      long examId,
      Instant endsAt,
      Instant markingOpenedAt,
      Instant markingReleasedAt) {}

  /** The ended exams the actor may lead the marking of, newest first. */
  public List<ChiefExam> exams(Actor actor) {
    if (actor.principal().isEmpty()) {
      throw new UseCaseException(401, "login", "Log in first");
    }
    return em.createQuery(
            "select e from WrittenExam e where e.endsAt <= :now order by e.endsAt desc",
            WrittenExam.class)
        .setParameter("now", Instant.now())
        .getResultStream()
        .filter(e -> core.holdsIn(actor, WrittenExamPlugin.CHIEF, e.recruitmentId()))
        .map(
            e ->
                new ChiefExam(
                    e.recruitmentId(),
                    e.id(),
                    e.endsAt(),
                    e.markingOpenedAt(),
                    e.markingReleasedAt()))
        .toList();
  }

  public MarkingDashboard dashboard(Actor actor, long recruitmentId) {
    core.requireIn(actor, WrittenExamPlugin.CHIEF, recruitmentId, "watch the marking");
    WrittenExam exam = records.inMarking(recruitmentId);
    List<MarkingTask> tasks = records.tasks(exam.id());
    List<Mark> marks = records.submittedMarks(exam.id());
    Map<Long, Integer> sealedPerTask = new HashMap<>();
    marks.forEach(m -> sealedPerTask.merge(m.taskId(), 1, Integer::sum));
    List<MarkingDashboard.QuestionProgress> questions = new ArrayList<>();
    for (MarkingQuestion q : records.questions(exam.id())) {
      int total = 0;
      int once = 0;
      int twice = 0;
      int arbitration = 0;
      int settled = 0;
      for (MarkingTask t : tasks) {
        if (t.questionId() != q.id()) {
          continue;
        }
        total++;
        int sealed = sealedPerTask.getOrDefault(t.id(), 0);
        once += sealed == 1 ? 1 : 0;
        twice += sealed >= 2 ? 1 : 0;
        arbitration += t.state() == TaskState.ARBITRATION ? 1 : 0;
        settled += t.state() == TaskState.SETTLED ? 1 : 0;
      }
      questions.add(
          new MarkingDashboard.QuestionProgress(
              q.id(),
              q.itemId(),
              em.find(Item.class, q.itemId()).content().stem(),
              q.points(),
              q.tolerance(),
              total,
              once,
              twice,
              arbitration,
              settled));
    }
    Map<Long, BigDecimal> finals = new HashMap<>();
    tasks.stream()
        .filter(t -> t.state() == TaskState.SETTLED)
        .forEach(t -> finals.put(t.id(), t.finalScore()));
    List<Consistency.Scored> scored =
        marks.stream()
            .map(m -> new Consistency.Scored(m.markerId(), m.taskId(), m.score()))
            .toList();
    return new MarkingDashboard(
        recruitmentId,
        exam.id(),
        exam.markingOpenedAt(),
        exam.markingReleasedAt(),
        records.scripts(exam.id()).size(),
        questions,
        Consistency.of(scored, finals),
        finals.size() == tasks.size());
  }

  /**
   * Reports every candidate's total (objective plus marked) to the pipeline.
   *
   * @throws UseCaseException 409 while a task is unsettled or once released
   */
  public ScoreReporting.Reported release(Actor actor, long recruitmentId) {
    core.requireIn(actor, WrittenExamPlugin.CHIEF, recruitmentId, "release written-exam scores");
    WrittenExam exam = exams.lockedOf(recruitmentId);
    if (exam.markingOpenedAt() == null) {
      throw UseCaseException.conflict(
          "marking.notOpened", "the marking of this exam has not been opened");
    }
    if (exam.markingReleasedAt() != null) {
      throw UseCaseException.conflict("marking.released", "the scores are released already");
    }
    List<MarkingTask> tasks = records.tasks(exam.id());
    long open = tasks.stream().filter(t -> t.state() != TaskState.SETTLED).count();
    if (open > 0) {
      throw UseCaseException.conflict(
          "marking.unfinished",
          open + " of " + tasks.size() + " marking tasks have no final score yet");
    }
    Map<Long, BigDecimal> marked = new HashMap<>();
    tasks.forEach(t -> marked.merge(t.scriptId(), t.finalScore(), BigDecimal::add));
    Map<Long, Script> byPaper = new HashMap<>();
    records.scripts(exam.id()).forEach(s -> byPaper.put(s.paperId(), s));
    BigDecimal passMark = reporting.passMark();
    List<ScoreReporting.Score> scores = new ArrayList<>();
    for (Paper p : exams.papers(exam.id())) {
      Script s = byPaper.get(p.id());
      scores.add(
          s == null
              ? ScoreReporting.absent(p.applicationId())
              : ScoreReporting.scored(
                  p.applicationId(),
                  s.objectiveScore().add(marked.getOrDefault(s.id(), BigDecimal.ZERO)),
                  passMark));
    }
    ScoreReporting.Reported r = reporting.deliver(actor, exam, scores, "marking.released");
    exam.markingReleased(Instant.now());
    return r;
  }
}
