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
import java.util.Optional;
import org.zhaokao.plugins.api.outcome.OutcomeReceipt;
import org.zhaokao.plugins.api.outcome.OutcomeRejectedException;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;
import org.zhaokao.plugins.api.outcome.StageOutcome;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.written.WrittenExamPlugin;
import org.zhaokao.written.domain.marking.Marker;
import org.zhaokao.written.domain.paper.Paper;
import org.zhaokao.written.domain.paper.PaperContent;
import org.zhaokao.written.domain.paper.WrittenExam;
import org.zhaokao.written.domain.sitting.Attempt;

/**
 * Marks the objective items after the exam and reports every candidate's result to the pipeline
 * (成绩回传): a score for those who opened their paper (passed at or above the pass mark), absent (缺考)
 * for those who never did. Papers with essay items go through the subjective marking ({@link
 * MarkingOpening}), whose release reports through {@link #deliver} as well.
 */
@Stateless
public class ScoreReporting {

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private StageCore core;
  @Inject private Exams exams;
  @Inject private Sitting sitting;
  @Inject private PaperVault vault;

  /** One candidate's result as reported. */
  public record Score(long applicationId, OutcomeStatus status, Optional<BigDecimal> score) {}

  /** What a report stored. */
  public record Reported(int stored, int unchanged, List<Score> scores) {}

  public Reported report(Actor actor, long recruitmentId) {
    core.require(actor, WrittenExamPlugin.MANAGE, "report written-exam scores");
    Instant now = Instant.now();
    WrittenExam exam = exams.lockedOf(recruitmentId);
    if (!exam.over(now)) {
      throw UseCaseException.conflict(
          "exam.running", "scores are reported after the exam's end, " + exam.endsAt());
    }
    List<Paper> papers = exams.papers(exam.id());
    if (papers.isEmpty()) {
      throw UseCaseException.conflict("exam.noPapers", "no papers were generated for this exam");
    }
    if (exam.markingOpenedAt() != null) {
      throw UseCaseException.conflict(
          "marking.opened", "the exam is in marking: the chief marker releases its scores");
    }
    BigDecimal passMark = passMark();
    List<Score> scores = new ArrayList<>();
    for (Paper p : papers) {
      scores.add(score(exam, p, passMark, now));
    }
    Reported r = deliver(actor, exam, scores, "scores.reported");
    exam.reported(now);
    return r;
  }

  /** The score at or above which a candidate passes. */
  public BigDecimal passMark() {
    return core.config().getDecimal(WrittenExamPlugin.PASS_MARK);
  }

  /** A candidate's result by their total against the pass mark. */
  public static Score scored(long applicationId, BigDecimal total, BigDecimal passMark) {
    OutcomeStatus status =
        total.compareTo(passMark) >= 0 ? OutcomeStatus.PASSED : OutcomeStatus.FAILED;
    return new Score(applicationId, status, Optional.of(total));
  }

  /** Absent (缺考): never opened the paper. */
  public static Score absent(long applicationId) {
    return new Score(applicationId, OutcomeStatus.ABSENT, Optional.empty());
  }

  /**
   * Hands the scores to the pipeline (all or none) and audits it under {@code action}.
   *
   * @throws UseCaseException 422 when the pipeline refuses them
   */
  public Reported deliver(Actor actor, WrittenExam exam, List<Score> scores, String action) {
    List<StageOutcome> outcomes =
        scores.stream()
            .map(
                s ->
                    new StageOutcome(
                        s.applicationId(),
                        s.status(),
                        s.score(),
                        s.score().isEmpty() ? "未开考" : "",
                        List.of("written-exam:exam-" + exam.id())))
            .toList();
    OutcomeReceipt receipt;
    try {
      receipt =
          core.services().results().report(WrittenExamPlugin.ID, exam.recruitmentId(), outcomes);
    } catch (OutcomeRejectedException e) {
      throw UseCaseException.invalid(
          "report.rejected", "the pipeline refused the scores", e.problems());
    }
    Map<String, Object> details = new HashMap<>();
    details.put("recruitment", exam.recruitmentId());
    details.put("stored", receipt.stored());
    details.put("unchanged", receipt.unchanged());
    long absent = scores.stream().filter(s -> s.status() == OutcomeStatus.ABSENT).count();
    details.put("absent", absent);
    // Scoring opened every sat paper: that access is on record here.
    details.put("papersOpened", scores.size() - absent);
    core.audit(actor, action, "exam", exam.id(), details);
    return new Reported(receipt.stored(), receipt.unchanged(), scores);
  }

  private Score score(WrittenExam exam, Paper p, BigDecimal passMark, Instant now) {
    Optional<Attempt> attempt = sitting.attemptOf(p);
    if (attempt.isEmpty()) {
      return absent(p.applicationId());
    }
    PaperContent content = vault.open(exam, p, now);
    if (!content.objectiveOnly()) {
      throw UseCaseException.conflict(
          "marking.subjective",
          "the paper has essay items: open the marking; the chief marker releases the scores");
    }
    Map<Integer, String> answers = new HashMap<>();
    sitting.answers(attempt.get().id()).forEach(a -> answers.put(a.number(), a.response()));
    BigDecimal total = Marker.objectiveTotal(content, answers);
    attempt.get().submit(now);
    attempt.get().marked(total);
    return scored(p.applicationId(), total, passMark);
  }
}
