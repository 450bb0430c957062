package org.zhaokao.written.domain.marking;

/** Where a marking task (评卷任务) stands. */
public enum TaskState {
  /** Waiting for its two independent marks (双评). */
  DOUBLE,
  /** The two marks differ by more than the tolerance: a third marker or the chief decides (仲裁). */
  ARBITRATION,
  /** The final score stands. */
  SETTLED
}
