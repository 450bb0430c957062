package org.zhaokao.plugins.api.outcome;

/** How a candidate came out of one stage. */
public enum OutcomeStatus {
  /** Sat the stage and met its pass rule (合格). The advancement rule may still rank them out. */
  PASSED,
  /** Sat the stage and did not meet its pass rule (不合格). */
  FAILED,
  /** Did not appear (缺考). */
  ABSENT,
  /** Removed for a rule violation (取消资格); decided through discipline. */
  DISQUALIFIED
}
