package org.zhaokao.medical.application;

import static org.zhaokao.medical.infrastructure.MedicalCheckPlugin.HEALTH_DATA;
import static org.zhaokao.medical.infrastructure.MedicalCheckPlugin.REVIEW;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.zhaokao.medical.domain.access.AccessLog;
import org.zhaokao.medical.domain.access.ReportAccess;
import org.zhaokao.medical.domain.report.CheckRecord;
import org.zhaokao.medical.domain.report.MedicalReport;
import org.zhaokao.medical.domain.report.Records;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Reading a report's content (查阅): only the candidate, the medical officer and employer users whose
 * employer is permitted health data; every read logged with who, when and why, every refusal too.
 */
@ApplicationScoped
public class ReportReading {

  @Inject private StageContext stage;
  @Inject private Records records;
  @Inject private ReviewUseCases review;
  @Inject private ReportVault vault;
  @Inject private AccessLog log;

  /** A report's file as read. */
  public record Content(String fileName, String mediaType, byte[] bytes) {}

  /**
   * @param purpose why the report is read (required of staff; the candidate's own copy otherwise)
   * @throws StageProblem 404 for a report not of this check, 403 (logged) for anyone else, 422
   *     without a purpose
   */
  @Transactional
  public Content read(Actor actor, long recruitmentId, long reportId, String purpose) {
    stage.loggedIn(actor);
    StageAssignment a = stage.assignment(recruitmentId);
    MedicalReport report = review.report(recruitmentId, reportId);
    CheckRecord record =
        records.records(recruitmentId).stream()
            .filter(r -> r.id() == report.recordId())
            .findFirst()
            .orElseThrow();
    String why = purpose == null ? "" : purpose.strip();
    String capacity;
    if (record.candidateAccountId() == actor.accountId()) {
      capacity = "CANDIDATE";
      why = why.isEmpty() ? "own report" : why;
    } else if (actor.isPermitted(REVIEW)) {
      capacity = "OFFICER";
    } else if (StageContext.forEmployer(actor, HEALTH_DATA, a)) {
      capacity = "EMPLOYER";
    } else {
      vault.refused(reportId, actor.accountId(), why.isEmpty() ? "-" : cut(why));
      throw stage.denied(
          actor, HEALTH_DATA + ":employer-" + a.employerId(), "medical-report", reportId);
    }
    if (why.isEmpty() || why.length() > 300) {
      throw StageProblem.invalid("say why you read the report (purpose, 1 to 300 characters)");
    }
    byte[] bytes = vault.open(report, actor.accountId(), capacity, why);
    stage.audit(
        actor,
        "report.read",
        "medical-report",
        reportId,
        "capacity",
        capacity,
        "purpose",
        why,
        "application",
        String.valueOf(record.applicationId()));
    return new Content(report.fileName(), report.format().mediaType(), bytes);
  }

  /** Who read a report, oldest first (the officer's view of the access log). */
  @Transactional
  public List<ReportAccess> accesses(Actor actor, long recruitmentId, long reportId) {
    stage.require(actor, REVIEW);
    stage.assignment(recruitmentId);
    review.report(recruitmentId, reportId);
    return log.of(reportId);
  }

  private static String cut(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300);
  }
}
