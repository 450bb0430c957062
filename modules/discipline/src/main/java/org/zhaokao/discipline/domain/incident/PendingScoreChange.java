package org.zhaokao.discipline.domain.incident;

/**
 * A late change (补正) of a stage score that a decision asked the core for in a published stage, and
 * that waits for a second person's approval there.
 */
public enum PendingScoreChange {
  /** The score is to be voided (当次成绩无效). */
  VOID,
  /** The voided score is to count again (恢复成绩). */
  REINSTATEMENT
}
