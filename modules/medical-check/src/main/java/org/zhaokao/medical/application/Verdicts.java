package org.zhaokao.medical.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.zhaokao.medical.domain.report.CheckRecord;
import org.zhaokao.medical.domain.report.MedicalReport;
import org.zhaokao.medical.domain.report.Verdict;
import org.zhaokao.medical.infrastructure.MedicalCheckPlugin;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.discipline.IncidentReceipt;
import org.zhaokao.plugins.api.discipline.IncidentRejectedException;
import org.zhaokao.plugins.api.discipline.IncidentReport;
import org.zhaokao.plugins.api.outcome.OutcomeRejectedException;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;
import org.zhaokao.plugins.api.outcome.StageOutcome;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Where a verdict goes, in the review's transaction: a final one to the pipeline as the candidate's
 * outcome (成绩回传), a forged report to discipline (违纪上报); a re-examination keeps it pending.
 */
@ApplicationScoped
public class Verdicts {

  /** The discipline catalogue's type for forged documents. */
  static final String FORGED_DOCUMENTS = "forged-documents";

  @Inject private StageContext stage;

  void take(
      Actor actor, StageAssignment a, StageEntrant e, CheckRecord record, MedicalReport report) {
    Verdict v = report.verdict().orElseThrow();
    String evidence = "medical-check:report:" + report.id();
    if (v == Verdict.FORGED) {
      try {
        IncidentReceipt receipt =
            stage
                .core()
                .incidents()
                .report(
                    new IncidentReport(
                        a.recruitmentId(),
                        e.applicationId(),
                        MedicalCheckPlugin.ID,
                        FORGED_DOCUMENTS,
                        "体检报告经审核判定为伪造：" + report.reason().orElse(""),
                        List.of(evidence),
                        AuditActor.of(actor)));
        report.referred(receipt.incidentId());
      } catch (IncidentRejectedException ex) {
        throw StageProblem.conflict("discipline refused the incident: " + ex.getMessage());
      }
    }
    if (record.status().decided()) {
      OutcomeStatus status = v == Verdict.PASS ? OutcomeStatus.PASSED : OutcomeStatus.FAILED;
      StageOutcome outcome =
          new StageOutcome(
              e.applicationId(),
              status,
              java.util.Optional.empty(),
              v == Verdict.PASS ? "" : report.reason().orElse(""),
              List.of(evidence));
      try {
        stage.core().results().report(MedicalCheckPlugin.ID, a.recruitmentId(), List.of(outcome));
      } catch (OutcomeRejectedException ex) {
        throw StageProblem.conflict("the pipeline refused the outcome: " + ex.getMessage());
      }
    }
    stage.audit(
        actor,
        "report.reviewed",
        "medical-report",
        report.id(),
        "application",
        String.valueOf(e.applicationId()),
        "verdict",
        v.name());
  }
}
