package org.zhaokao.written.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.written.domain.bank.Item;
import org.zhaokao.written.domain.paper.DrawableItem;
import org.zhaokao.written.domain.paper.Paper;
import org.zhaokao.written.domain.paper.WrittenExam;

/** Look-ups the use cases share. */
@Stateless
public class Exams {

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  public Optional<WrittenExam> ofRecruitment(long recruitmentId) {
    return em.createQuery(
            "select e from WrittenExam e where e.recruitmentId = :r", WrittenExam.class)
        .setParameter("r", recruitmentId)
        .getResultStream()
        .findFirst();
  }

  /** The exam of a recruitment, locked for a change. */
  public WrittenExam lockedOf(long recruitmentId) {
    WrittenExam e =
        ofRecruitment(recruitmentId)
            .orElseThrow(
                () -> UseCaseException.notFound("written exam of recruitment " + recruitmentId));
    em.lock(e, LockModeType.PESSIMISTIC_WRITE);
    return e;
  }

  public WrittenExam exam(long examId) {
    WrittenExam e = em.find(WrittenExam.class, examId);
    if (e == null) {
      throw UseCaseException.notFound("exam " + examId);
    }
    return e;
  }

  public List<Paper> papers(long examId) {
    return em.createQuery(
            "select p from Paper p where p.examId = :e order by p.applicationId", Paper.class)
        .setParameter("e", examId)
        .getResultList();
  }

  /**
   * The paper of one candidate in the exam.
   *
   * @throws UseCaseException 404 when they hold none
   */
  public Paper paperOf(long examId, long applicationId) {
    return em.createQuery(
            "select p from Paper p where p.examId = :e and p.applicationId = :a", Paper.class)
        .setParameter("e", examId)
        .setParameter("a", applicationId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> UseCaseException.notFound("a paper of application " + applicationId));
  }

  /** What new papers draw from: the current version of every item. */
  public List<DrawableItem> drawableBank() {
    return em
        .createQuery("select i from Item i where i.current = true order by i.id", Item.class)
        .getResultList()
        .stream()
        .map(i -> new DrawableItem(i.id(), i.content()))
        .toList();
  }
}
