package org.zhaokao.pipeline.domain.admission;

/** Where one proposed admit stands. */
public enum AdmitStatus {
  /** Proposed (拟录用); for a substitute, awaiting the employer's confirmation. */
  PROPOSED,
  /** Confirmed by the employer. */
  CONFIRMED,
  /** Gave up the place (放弃). */
  WITHDRAWN,
  /** Lost the place for a violation (取消资格). */
  DISQUALIFIED;

  public boolean out() {
    return this == WITHDRAWN || this == DISQUALIFIED;
  }
}
