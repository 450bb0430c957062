package org.zhaokao.written.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.zhaokao.written.WrittenExamPlugin;
import org.zhaokao.written.domain.marking.DoubleMarking;
import org.zhaokao.written.domain.marking.Mark;
import org.zhaokao.written.domain.marking.MarkingQuestion;
import org.zhaokao.written.domain.marking.MarkingTask;
import org.zhaokao.written.domain.marking.Script;
import org.zhaokao.written.domain.paper.WrittenExam;

/** Look-ups the marking use cases share. */
@Stateless
public class MarkingRecords {

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private Exams exams;
  @Inject private StageCore core;

  /**
   * The exam of a recruitment, once its marking is open.
   *
   * @throws UseCaseException 404 without an exam, 409 before the marking opened
   */
  public WrittenExam inMarking(long recruitmentId) {
    WrittenExam exam =
        exams
            .ofRecruitment(recruitmentId)
            .orElseThrow(
                () -> UseCaseException.notFound("written exam of recruitment " + recruitmentId));
    if (exam.markingOpenedAt() == null) {
      throw UseCaseException.conflict(
          "marking.notOpened", "the marking of this exam has not been opened");
    }
    return exam;
  }

  /** Exams whose marking is open and not yet released. */
  public List<WrittenExam> marking() {
    return em.createQuery(
            "select e from WrittenExam e where e.markingOpenedAt is not null"
                + " and e.markingReleasedAt is null order by e.id",
            WrittenExam.class)
        .getResultList();
  }

  public MarkingTask task(long taskId) {
    MarkingTask t = em.find(MarkingTask.class, taskId);
    if (t == null) {
      throw UseCaseException.notFound("marking task " + taskId);
    }
    return t;
  }

  public List<MarkingTask> tasks(long examId) {
    return em.createQuery(
            "select t from MarkingTask t where t.examId = :e order by t.id", MarkingTask.class)
        .setParameter("e", examId)
        .getResultList();
  }

  public List<MarkingQuestion> questions(long examId) {
    return em.createQuery(
            "select q from MarkingQuestion q where q.examId = :e order by q.id",
            MarkingQuestion.class)
        .setParameter("e", examId)
        .getResultList();
  }

  public MarkingQuestion question(long questionId) {
    return em.find(MarkingQuestion.class, questionId);
  }

  public List<Script> scripts(long examId) {
    return em.createQuery("select s from Script s where s.examId = :e order by s.id", Script.class)
        .setParameter("e", examId)
        .getResultList();
  }

  public Script script(long scriptId) {
    return em.find(Script.class, scriptId);
  }

  /** Every submitted mark of the exam. */
  public List<Mark> submittedMarks(long examId) {
    return em.createQuery(
            "select m from Mark m where m.examId = :e and m.submittedAt is not null order by m.id",
            Mark.class)
        .setParameter("e", examId)
        .getResultList();
  }

  public List<Mark> marksOf(long taskId) {
    return em.createQuery("select m from Mark m where m.taskId = :t order by m.round", Mark.class)
        .setParameter("t", taskId)
        .getResultList();
  }

  /** The mark a marker holds but has not submitted yet in the exam. */
  public Optional<Mark> openMark(long examId, long markerId) {
    return em.createQuery(
            "select m from Mark m where m.examId = :e and m.markerId = :m"
                + " and m.submittedAt is null",
            Mark.class)
        .setParameter("e", examId)
        .setParameter("m", markerId)
        .getResultStream()
        .findFirst();
  }

  /** The double-marking rule of a question, with the stage's rounding settings. */
  public DoubleMarking rule(MarkingQuestion q) {
    return new DoubleMarking(
        q.tolerance(),
        core.config().getInt(WrittenExamPlugin.MARKING_SCALE),
        RoundingMode.valueOf(core.config().getString(WrittenExamPlugin.MARKING_ROUNDING)));
  }
}
