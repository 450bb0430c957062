package org.zhaokao.written.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.written.WrittenExamPlugin;
import org.zhaokao.written.domain.marking.Marker;
import org.zhaokao.written.domain.marking.MarkingQuestion;
import org.zhaokao.written.domain.marking.MarkingTask;
import org.zhaokao.written.domain.marking.Script;
import org.zhaokao.written.domain.marking.TaskState;
import org.zhaokao.written.domain.paper.Paper;
import org.zhaokao.written.domain.paper.PaperContent;
import org.zhaokao.written.domain.paper.PaperQuestion;
import org.zhaokao.written.domain.paper.WrittenExam;
import org.zhaokao.written.domain.sitting.Attempt;

/**
 * The chief marker opens the marking after the exam (开评): every sat paper becomes an anonymous
 * script with its machine-marked score, and every answer people mark becomes a task of its
 * question. The chief may then set each question's tolerance until it first settles a task.
 */
@Stateless
public class MarkingOpening {

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private StageCore core;
  @Inject private Exams exams;
  @Inject private Sitting sitting;
  @Inject private PaperVault vault;
  @Inject private MarkingRecords records;

  /** What opening the marking made. */
  public record Opened(int scripts, int questions, int tasks) {}

  /**
   * @throws UseCaseException 409 before the exam's end or when the marking is open already
   */
  public Opened open(Actor actor, long recruitmentId) {
    core.requireIn(actor, WrittenExamPlugin.CHIEF, recruitmentId, "open the marking");
    Instant now = Instant.now();
    WrittenExam exam = exams.lockedOf(recruitmentId);
    if (!exam.over(now)) {
      throw UseCaseException.conflict(
          "exam.running", "the marking opens after the exam's end, " + exam.endsAt());
    }
    if (exam.markingOpenedAt() != null) {
      throw UseCaseException.conflict("marking.opened", "the marking is open already");
    }
    List<Paper> papers = exams.papers(exam.id());
    if (papers.isEmpty()) {
      throw UseCaseException.conflict("exam.noPapers", "no papers were generated for this exam");
    }
    BigDecimal percent =
        BigDecimal.valueOf(core.config().getInt(WrittenExamPlugin.MARKING_TOLERANCE));
    Map<Long, MarkingQuestion> questions = new HashMap<>();
    int scripts = 0;
    int tasks = 0;
    for (Paper p : papers) {
      Optional<Attempt> attempt = sitting.attemptOf(p);
      if (attempt.isEmpty()) {
        continue; // absent: nothing to mark
      }
      attempt.get().submit(now);
      PaperContent content = vault.open(exam, p, now);
      Map<Integer, String> answers = new HashMap<>();
      sitting.answers(attempt.get().id()).forEach(a -> answers.put(a.number(), a.response()));
      Script script =
          new Script(exam.id(), p.id(), p.applicationId(), Marker.settledTotal(content, answers));
      em.persist(script);
      scripts++;
      for (PaperQuestion q : content.questions()) {
        if (Marker.needsPeople(q, answers.get(q.number()))) {
          MarkingQuestion mq =
              questions.computeIfAbsent(q.itemId(), id -> newQuestion(exam, q, percent));
          em.persist(new MarkingTask(exam.id(), mq.id(), script.id(), q.number()));
          tasks++;
        }
      }
    }
    exam.markingOpened(now);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("recruitment", recruitmentId);
    details.put("scripts", scripts);
    details.put("questions", questions.size());
    details.put("tasks", tasks);
    // Splitting opened every sat paper: that access is on record here.
    details.put("papersOpened", scripts);
    core.audit(actor, "marking.opened", "exam", exam.id(), details);
    return new Opened(scripts, questions.size(), tasks);
  }

  /**
   * Sets a question's tolerance (points).
   *
   * @throws UseCaseException 422 outside 0 to the question's points; 409 once a task of the
   *     question was double-marked under the old one
   */
  public void tolerance(Actor actor, long recruitmentId, long questionId, BigDecimal tolerance) {
    core.requireIn(actor, WrittenExamPlugin.CHIEF, recruitmentId, "set marking tolerances");
    WrittenExam exam = records.inMarking(recruitmentId);
    MarkingQuestion q = records.question(questionId);
    if (q == null || q.examId() != exam.id()) {
      throw UseCaseException.notFound("marking question " + questionId + " of this exam");
    }
    if (tolerance == null
        || tolerance.signum() < 0
        || tolerance.compareTo(q.points()) > 0
        || tolerance.stripTrailingZeros().scale() > 2) {
      throw UseCaseException.invalid(
          "marking.tolerance",
          "the tolerance must be from 0 to the question's "
              + q.points().stripTrailingZeros().toPlainString()
              + " points, two decimals at most",
          List.of());
    }
    boolean used =
        records.tasks(exam.id()).stream()
            .anyMatch(t -> t.questionId() == questionId && t.state() != TaskState.DOUBLE);
    if (used) {
      throw UseCaseException.conflict(
          "marking.toleranceUsed",
          "tasks of this question were settled under the tolerance in force");
    }
    BigDecimal before = q.tolerance();
    q.tolerance(tolerance);
    core.audit(
        actor,
        "marking.tolerance.set",
        "marking-question",
        questionId,
        Map.of("from", before, "to", tolerance));
  }

  private MarkingQuestion newQuestion(WrittenExam exam, PaperQuestion q, BigDecimal percent) {
    BigDecimal tolerance =
        q.points().multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
    MarkingQuestion mq = new MarkingQuestion(exam.id(), q.itemId(), q.points(), tolerance);
    em.persist(mq);
    return mq;
  }
}
