package org.zhaokao.recruitment.domain.application;

/**
 * Where the employer's confirmation (招考单位确认) of a review decision stands (SPEC F2: the review
 * results are confirmed by the employer before they are published). A decision nobody has sent yet
 * has none.
 */
public enum Confirmation {
  /** 待确认: sent to the employer, not answered. */
  PENDING,
  /** 已确认: published to the candidate. */
  CONFIRMED,
  /** 有异议: the employer disputed it; the application went back to the reviewer. */
  DISPUTED
}
