package org.zhaokao.medical.domain.report;

import java.util.List;
import java.util.Optional;

/** Candidates' check records and their reports. */
public interface Records {

  Optional<CheckRecord> record(long recruitmentId, long applicationId);

  List<CheckRecord> records(long recruitmentId);

  void add(CheckRecord record);

  /** A record's reports, oldest first. */
  List<MedicalReport> reports(long recordId);

  Optional<MedicalReport> report(long reportId);

  void add(MedicalReport report);
}
