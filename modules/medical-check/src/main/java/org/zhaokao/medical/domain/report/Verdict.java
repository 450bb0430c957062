package org.zhaokao.medical.domain.report;

/** The medical officer's finding on one report (体检结论). */
public enum Verdict {
  /** Authentic and conforming to the standard. */
  PASS,
  /** Authentic, not conforming. */
  FAIL,
  /** Authentic, an item must be examined again (复检). */
  REEXAMINATION,
  /** Not authentic (伪造): the report is void. */
  FORGED
}
