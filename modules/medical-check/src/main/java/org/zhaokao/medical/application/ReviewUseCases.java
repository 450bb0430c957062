package org.zhaokao.medical.application;

import static org.zhaokao.medical.infrastructure.MedicalCheckPlugin.MANAGE;
import static org.zhaokao.medical.infrastructure.MedicalCheckPlugin.REVIEW;
import static org.zhaokao.medical.infrastructure.MedicalCheckPlugin.VERDICTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.medical.domain.hospital.Hospital;
import org.zhaokao.medical.domain.hospital.Hospitals;
import org.zhaokao.medical.domain.plan.CheckPlan;
import org.zhaokao.medical.domain.plan.Plans;
import org.zhaokao.medical.domain.report.CheckRecord;
import org.zhaokao.medical.domain.report.Checklist;
import org.zhaokao.medical.domain.report.MedicalReport;
import org.zhaokao.medical.domain.report.Records;
import org.zhaokao.medical.domain.report.Verdict;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.security.Actor;

/**
 * The medical officer's review (体检审核): authenticity by checklist and the hospital's confirmation
 * code, conformity as pass, fail or re-examination; and what employer users see of it.
 */
@ApplicationScoped
public class ReviewUseCases {

  @Inject private StageContext stage;
  @Inject private Plans plans;
  @Inject private Hospitals hospitals;
  @Inject private Records records;
  @Inject private CandidateUseCases candidates;
  @Inject private Verdicts verdicts;

  /** What the officer decides on one report. */
  public record Review(
      Map<String, Boolean> checklist, String confirmationCode, Verdict verdict, String reason) {}

  /** Every candidate of the check with consent, state and reports (no content). */
  @Transactional
  public List<CandidateCheck> candidates(Actor actor, long recruitmentId) {
    stage.require(actor, REVIEW, MANAGE);
    StageAssignment a = stage.assignment(recruitmentId);
    List<CandidateCheck> out =
        stage.entrants(recruitmentId).stream().map(e -> candidates.check(a, e)).toList();
    stage.audit(
        actor,
        "candidates.viewed",
        "recruitment",
        recruitmentId,
        "candidates",
        String.valueOf(out.size()));
    return out;
  }

  /**
   * Records the officer's verdict; a final one becomes the candidate's outcome in the pipeline, a
   * forged report goes to discipline. All or nothing.
   *
   * @throws StageProblem 404 for a report not of this recruitment's check, 422 for an incomplete
   *     review, 409 when the report does not wait for review or the pipeline or discipline refuse
   */
  @Transactional
  public MedicalReport review(Actor actor, long recruitmentId, long reportId, Review review) {
    stage.require(actor, REVIEW);
    StageAssignment a = stage.assignment(recruitmentId);
    MedicalReport report = report(recruitmentId, reportId);
    CheckRecord record =
        records.records(recruitmentId).stream()
            .filter(r -> r.id() == report.recordId())
            .findFirst()
            .orElseThrow();
    StageEntrant entrant = stage.entrant(recruitmentId, record.applicationId());
    if (review.verdict() == null) {
      throw StageProblem.invalid("verdict is one of PASS, FAIL, REEXAMINATION, FORGED");
    }
    Checklist list;
    try {
      list = Checklist.of(review.checklist() == null ? Map.of() : review.checklist());
    } catch (IllegalArgumentException e) {
      throw StageProblem.invalid(e.getMessage());
    }
    String code = review.confirmationCode() == null ? "" : review.confirmationCode().strip();
    String reason = review.reason() == null ? "" : review.reason().strip();
    if (reason.length() > 1000 || reason.isEmpty() && review.verdict() != Verdict.PASS) {
      throw StageProblem.invalid(
          "give the reason for a " + review.verdict() + " verdict (at most 1000 characters)");
    }
    if (review.verdict() != Verdict.FORGED) {
      authentic(recruitmentId, list, code);
    }
    if (review.verdict() != Verdict.REEXAMINATION && !a.phase().takesOutcomes()) {
      throw StageProblem.conflict(
          "the medical check of recruitment "
              + recruitmentId
              + " is "
              + a.phase()
              + ": verdicts are taken only while it is IN_PROGRESS or RESULTS_ENTERED");
    }
    try {
      record.judge(report, list, code, review.verdict(), reason, actor.accountId(), Instant.now());
    } catch (IllegalStateException e) {
      throw StageProblem.conflict(e.getMessage());
    }
    verdicts.take(actor, a, entrant, record, report);
    return report;
  }

  /** The confirmation code must have the planned hospital's format, and the checklist be full. */
  private void authentic(long recruitmentId, Checklist list, String code) {
    CheckPlan plan =
        plans
            .plan(recruitmentId)
            .orElseThrow(
                () -> StageProblem.conflict("the check of this recruitment is not planned"));
    Hospital h = hospitals.byId(plan.hospitalId()).orElseThrow();
    if (!list.complete()) {
      throw StageProblem.invalid(
          "authenticity is not established, items unticked: "
              + list.unticked()
              + "; judge the report FORGED or tick them");
    }
    if (!h.acceptsCode(code)) {
      throw StageProblem.invalid(
          "confirmation code '"
              + code
              + "' does not have the format of "
              + h.name()
              + " ("
              + h.codeFormat()
              + "); judge the report FORGED or correct the code");
    }
  }

  /**
   * A report of this recruitment's check.
   *
   * @throws StageProblem 404 for an unknown report or one of another recruitment
   */
  public MedicalReport report(long recruitmentId, long reportId) {
    return records
        .report(reportId)
        .filter(r -> records.records(recruitmentId).stream().anyMatch(c -> c.id() == r.recordId()))
        .orElseThrow(
            () ->
                StageProblem.notFound(
                    "no report "
                        + reportId
                        + " in the medical check of recruitment "
                        + recruitmentId));
  }

  /** The verdicts of reviewed reports as employer users see them: no health data. */
  @Transactional
  public List<CandidateCheck> verdicts(Actor actor, long recruitmentId) {
    stage.loggedIn(actor);
    StageAssignment a = stage.assignment(recruitmentId);
    if (!StageContext.forEmployer(actor, VERDICTS, a) && !actor.isPermitted(REVIEW)) {
      throw stage.denied(
          actor, VERDICTS + ":employer-" + a.employerId(), "recruitment", recruitmentId);
    }
    List<CandidateCheck> out =
        stage.entrants(recruitmentId).stream()
            .map(e -> candidates.check(a, e))
            .filter(c -> c.reports().stream().anyMatch(r -> r.verdict().isPresent()))
            .toList();
    stage.audit(
        actor,
        "verdicts.viewed",
        "recruitment",
        recruitmentId,
        "reviewed",
        String.valueOf(out.size()));
    return out;
  }

  /** The latest verdict of a check, if any. */
  public static Optional<MedicalReport> latestReviewed(CandidateCheck c) {
    return c.reports().stream().filter(r -> r.verdict().isPresent()).reduce((x, y) -> y);
  }
}
