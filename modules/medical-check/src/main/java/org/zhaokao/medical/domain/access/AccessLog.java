package org.zhaokao.medical.domain.access;

import java.util.List;

/** The reads of reports. */
public interface AccessLog {

  void add(ReportAccess access);

  /** Everyone who read or tried to read a report, oldest first. */
  List<ReportAccess> of(long reportId);
}
