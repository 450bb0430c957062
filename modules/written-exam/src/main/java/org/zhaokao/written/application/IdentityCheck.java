package org.zhaokao.written.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.written.domain.paper.Paper;
import org.zhaokao.written.domain.paper.WrittenExam;
import org.zhaokao.written.domain.proctoring.Admission;

/**
 * The candidate's side of the identity check before an online exam (考前身份核验): they send a live
 * webcam photo and wait for a proctor; the paper opens once they are admitted. Exams that do not
 * ask for the check admit everyone.
 */
@Stateless
public class IdentityCheck {

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private StageCore core;
  @Inject private Exams exams;
  @Inject private Sitting sitting;
  @Inject private PaperVault vault;

  /** Where the candidate's check stands; {@code status} is null before a photo was sent. */
  public record View(boolean required, Admission.Status status, int photos, String reason) {}

  public View status(Actor actor, long examId) {
    Paper paper = sitting.myPaper(actor, examId);
    WrittenExam exam = exams.exam(examId);
    return view(exam, admissionOf(paper.id()));
  }

  /**
   * Sends the live photo (the first, or a new one after a refusal).
   *
   * @throws UseCaseException 409 when the exam asks no check, has ended, the candidate waits or is
   *     admitted, or used every photo; 422 for a bad picture
   */
  public View submit(Actor actor, long examId, byte[] jpeg) {
    Paper paper = sitting.myPaper(actor, examId);
    WrittenExam exam = exams.exam(examId);
    Instant now = Instant.now();
    if (!exam.identityCheck()) {
      throw UseCaseException.conflict("identity.notRequired", "this exam has no identity check");
    }
    if (exam.over(now)) {
      throw UseCaseException.conflict("exam.over", "the exam ended at " + exam.endsAt());
    }
    Pictures.requireJpeg(jpeg);
    em.lock(paper, LockModeType.PESSIMISTIC_WRITE);
    String sealed = vault.sealBytes(exam, jpeg, Admission.binding(paper.id()));
    Admission admission = admissionOf(paper.id()).orElse(null);
    if (admission == null) {
      admission = new Admission(paper.id(), sealed, now);
      em.persist(admission);
    } else {
      try {
        admission.resubmit(sealed, now);
      } catch (IllegalStateException e) {
        throw UseCaseException.conflict("identity.closed", e.getMessage());
      }
    }
    core.audit(
        actor,
        "identity.photo",
        "paper",
        paper.id(),
        Map.of("exam", examId, "photo", admission.photos()));
    return view(exam, Optional.of(admission));
  }

  /** Whether the paper may open to its holder: no check asked, or admitted. */
  public boolean admitted(WrittenExam exam, Paper paper) {
    return !exam.identityCheck()
        || admissionOf(paper.id()).map(a -> a.status() == Admission.Status.ADMITTED).orElse(false);
  }

  public Optional<Admission> admissionOf(long paperId) {
    return em.createQuery("select a from Admission a where a.paperId = :p", Admission.class)
        .setParameter("p", paperId)
        .getResultStream()
        .findFirst();
  }

  private static View view(WrittenExam exam, Optional<Admission> a) {
    return new View(
        exam.identityCheck(),
        a.map(Admission::status).orElse(null),
        a.map(Admission::photos).orElse(0),
        a.map(Admission::reason).orElse(null));
  }
}
