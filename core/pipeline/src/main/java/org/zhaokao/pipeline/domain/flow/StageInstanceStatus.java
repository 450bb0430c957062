package org.zhaokao.pipeline.domain.flow;

import java.util.Optional;

/**
 * Where one stage of one recruitment stands. The core drives it forward one step at a time; there
 * is no way back, because each step has told people something.
 */
public enum StageInstanceStatus {
  /** Chain composed, rule and schedule being set. */
  CONFIGURED,
  /** The candidates of the stage have their notice (通知). */
  NOTIFIED,
  /** The stage runs; its rule is frozen from here on. */
  IN_PROGRESS,
  /** Every candidate of the stage has an outcome (成绩录入完毕). */
  RESULTS_ENTERED,
  /** The employer (招考单位) confirmed the results. */
  CONFIRMED_BY_EMPLOYER,
  /** Results published and sent to every candidate of the stage. */
  PUBLISHED;

  /** The only status this one may move to. */
  public Optional<StageInstanceStatus> next() {
    return ordinal() + 1 < values().length
        ? Optional.of(values()[ordinal() + 1])
        : Optional.empty();
  }

  /** Whether the stage has started, so its rule is frozen. */
  public boolean started() {
    return compareTo(IN_PROGRESS) >= 0;
  }

  /** Whether the employer has confirmed the results (a change now needs two people). */
  public boolean confirmed() {
    return compareTo(CONFIRMED_BY_EMPLOYER) >= 0;
  }
}
