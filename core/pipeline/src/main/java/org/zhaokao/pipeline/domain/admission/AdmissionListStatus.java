package org.zhaokao.pipeline.domain.admission;

/** Where a recruitment's admission list stands. */
public enum AdmissionListStatus {
  /** Proposed by rank; awaits the employer. */
  PROPOSED,
  /** The employer confirmed it. */
  CONFIRMED,
  /** On the portal, in or after its publicity period (公示). */
  PUBLISHED
}
