package org.zhaokao.written.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.written.domain.paper.Paper;
import org.zhaokao.written.domain.paper.PaperContent;
import org.zhaokao.written.domain.paper.WrittenExam;
import org.zhaokao.written.domain.sitting.Answer;
import org.zhaokao.written.domain.sitting.Attempt;
import org.zhaokao.written.domain.sitting.SaveDecision;

/**
 * A candidate sits their paper online (在线作答): opens it from the start time, saves answers as they
 * go (sequenced, so no late or repeated save overwrites a newer one), submits. Only ever their own
 * paper: another candidate's exam answers 404 as if it did not exist.
 */
@Stateless
public class Sitting {

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private StageCore core;
  @Inject private Exams exams;
  @Inject private PaperVault vault;
  @Inject private IdentityCheck identity;
  @Inject private PreExam preExam;

  /** An exam the candidate holds a paper for. */
  public record MyExam(
      long examId, long recruitmentId, Instant startsAt, Instant endsAt, int durationMinutes) {}

  /** What a save did. */
  public record Saved(SaveDecision decision, long storedSeq) {}

  public List<MyExam> myExams(Actor actor) {
    long account = candidate(actor);
    return em.createQuery(
            "select e from WrittenExam e where e.id in"
                + " (select p.examId from Paper p where p.accountId = :a) order by e.startsAt",
            WrittenExam.class)
        .setParameter("a", account)
        .getResultStream()
        .map(
            e ->
                new MyExam(
                    e.id(), e.recruitmentId(), e.startsAt(), e.endsAt(), e.durationMinutes()))
        .toList();
  }

  /**
   * Opens the candidate's paper (the first opening starts their attempt). Every opening is audited.
   *
   * @throws UseCaseException 409 before the start, before the rules are accepted or the proctor
   *     admitted the candidate, or after the end for one who never opened it
   */
  public CandidatePaper open(Actor actor, long examId) {
    Instant now = Instant.now();
    Paper paper = myPaper(actor, examId);
    WrittenExam exam = exams.exam(examId);
    if (!exam.started(now)) {
      core.denied(
          actor, "paper.opened", "paper", paper.id(), "before the start " + exam.startsAt());
      throw UseCaseException.conflict(
          "exam.notStarted", "the paper opens at the exam's start, " + exam.startsAt());
    }
    if (!preExam.rulesAccepted(exam, paper)) {
      throw UseCaseException.conflict(
          "rules.notAccepted", "read and accept the exam's rules before the paper opens");
    }
    if (!identity.admitted(exam, paper)) {
      throw UseCaseException.conflict(
          "identity.notAdmitted", "a proctor admits you on your live photo before the paper opens");
    }
    Attempt attempt = attemptOf(paper).orElse(null);
    if (attempt == null) {
      // The first opening starts the attempt: two racing first openings must not start two.
      em.lock(paper, LockModeType.PESSIMISTIC_WRITE);
      attempt = attemptOf(paper).orElse(null);
    }
    if (attempt == null) {
      if (exam.over(now)) {
        core.denied(actor, "paper.opened", "paper", paper.id(), "after the end " + exam.endsAt());
        throw UseCaseException.conflict("exam.over", "the exam ended at " + exam.endsAt());
      }
      attempt = new Attempt(paper.id(), now, exam.deadlineFor(now));
      em.persist(attempt);
    }
    PaperContent content = vault.open(exam, paper, now);
    core.audit(
        actor,
        "paper.opened",
        "paper",
        paper.id(),
        Map.of("exam", examId, "application", paper.applicationId()));
    return new CandidatePaper(
        examId,
        attempt.deadline(),
        attempt.submittedAt(),
        content.sectionTitles(),
        content.questions().stream()
            .map(
                q ->
                    new CandidatePaper.Question(
                        q.number(), q.section(), q.type(), q.stem(), q.options(), q.points()))
            .toList(),
        attempt.id() == null ? List.of() : answers(attempt.id()));
  }

  /** The answers saved so far (after a reconnect). */
  public List<CandidatePaper.SavedAnswer> savedAnswers(Actor actor, long examId) {
    Paper paper = myPaper(actor, examId);
    return attemptOf(paper).map(a -> answers(a.id())).orElse(List.of());
  }

  /**
   * Saves one answer if its number is above the stored one's.
   *
   * @throws UseCaseException 409 when the paper was not opened or the attempt has ended; 422 for a
   *     question not on the paper or an answer too long
   */
  public Saved save(Actor actor, long examId, int questionNo, String response, long seq) {
    Instant now = Instant.now();
    Paper paper = myPaper(actor, examId);
    if (questionNo < 1 || questionNo > paper.questionCount()) {
      throw UseCaseException.invalid(
          "answer.question",
          "question " + questionNo + " is not on your paper (1 to " + paper.questionCount() + ")",
          List.of());
    }
    String text = response == null ? "" : response;
    if (text.length() > Answer.MAX_RESPONSE || seq < 0) {
      throw UseCaseException.invalid(
          "answer.invalid",
          "an answer has at most " + Answer.MAX_RESPONSE + " characters and a seq of 0 or more",
          List.of());
    }
    Attempt attempt =
        attemptOf(paper)
            .orElseThrow(
                () -> UseCaseException.conflict("attempt.notOpened", "open the paper first"));
    // One save at a time per attempt, so two racing saves of one question cannot both insert.
    em.lock(attempt, LockModeType.PESSIMISTIC_WRITE);
    if (!attempt.open(now)) {
      throw UseCaseException.conflict("attempt.closed", "the attempt has ended: answers are final");
    }
    Answer stored = em.find(Answer.class, new Answer.Key(attempt.id(), questionNo));
    if (stored == null) {
      em.persist(new Answer(attempt.id(), questionNo, text, seq, now));
      return new Saved(SaveDecision.APPLY, seq);
    }
    SaveDecision d = stored.save(text, seq, now);
    return new Saved(d, stored.seq());
  }

  /** Ends the attempt; submitting again changes nothing. Answers when it ended. */
  public Instant submit(Actor actor, long examId) {
    Instant now = Instant.now();
    Paper paper = myPaper(actor, examId);
    Attempt attempt =
        attemptOf(paper)
            .orElseThrow(
                () -> UseCaseException.conflict("attempt.notOpened", "open the paper first"));
    em.lock(attempt, LockModeType.PESSIMISTIC_WRITE);
    boolean first = attempt.submittedAt() == null;
    attempt.submit(now);
    if (first) {
      core.audit(
          actor,
          "attempt.submitted",
          "paper",
          paper.id(),
          Map.of("exam", examId, "submittedAt", attempt.submittedAt()));
    }
    return attempt.submittedAt();
  }

  /**
   * The candidate's attempt in the exam.
   *
   * @throws UseCaseException 404 without a paper, 409 before they opened it
   */
  public Attempt myAttempt(Actor actor, long examId) {
    return attemptOf(myPaper(actor, examId))
        .orElseThrow(
            () ->
                UseCaseException.conflict("attempt.none", "open the paper first: no attempt yet"));
  }

  /**
   * The candidate's own paper in the exam.
   *
   * @throws UseCaseException 404 when they hold none
   */
  public Paper myPaper(Actor actor, long examId) {
    long account = candidate(actor);
    return em.createQuery(
            "select p from Paper p where p.examId = :e and p.accountId = :a", Paper.class)
        .setParameter("e", examId)
        .setParameter("a", account)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> UseCaseException.notFound("your paper in exam " + examId));
  }

  private long candidate(Actor actor) {
    if (actor.principal().isEmpty()) {
      throw new UseCaseException(401, "login", "Log in first");
    }
    return actor.accountId();
  }

  public Optional<Attempt> attemptOf(Paper paper) {
    return em.createQuery("select a from Attempt a where a.paperId = :p", Attempt.class)
        .setParameter("p", paper.id())
        .getResultStream()
        .findFirst();
  }

  public List<CandidatePaper.SavedAnswer> answers(long attemptId) {
    return em.createQuery(
            "select a from Answer a where a.attemptId = :t order by a.questionNo", Answer.class)
        .setParameter("t", attemptId)
        .getResultStream()
        .map(a -> new CandidatePaper.SavedAnswer(a.questionNo(), a.response(), a.seq()))
        .toList();
  }
}
