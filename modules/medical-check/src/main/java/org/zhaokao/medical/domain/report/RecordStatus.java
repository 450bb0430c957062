package org.zhaokao.medical.domain.report;

/** Where a candidate's medical check stands. */
public enum RecordStatus {
  /** Nothing uploaded yet. */
  AWAITING_REPORT,
  /** A report waits for the medical officer. */
  SUBMITTED,
  /** 合格. */
  PASSED,
  /** 不合格. */
  FAILED,
  /** 复检: one more report is expected. */
  REEXAMINATION,
  /** The report was judged forged: void, and the case is with discipline. */
  VOID;

  /** Whether the officer's verdict is final, so the pipeline gets an outcome. */
  public boolean decided() {
    return this == PASSED || this == FAILED || this == VOID;
  }
}
