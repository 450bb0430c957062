package org.zhaokao.medical.application;

import java.util.List;
import java.util.Optional;
import org.zhaokao.medical.application.PlanUseCases.PlannedCheck;
import org.zhaokao.medical.domain.report.CheckRecord;
import org.zhaokao.medical.domain.report.MedicalReport;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.plugins.api.roster.StageEntrant;

/** One candidate's medical check as it stands: the plan, the consent and the reports. */
public record CandidateCheck(
    StageAssignment assignment,
    StageEntrant entrant,
    Optional<PlannedCheck> plan,
    Optional<CheckRecord> record,
    List<MedicalReport> reports) {

  public boolean consented() {
    return record.flatMap(CheckRecord::consentAt).isPresent();
  }

  /** How many more reports may be uploaded now. */
  public int uploadsLeft() {
    if (record.isEmpty()) {
      return 1;
    }
    CheckRecord r = record.get();
    return switch (r.status()) {
      case AWAITING_REPORT, REEXAMINATION -> Math.max(0, r.uploadsAllowed() - reports.size());
      default -> 0;
    };
  }
}
