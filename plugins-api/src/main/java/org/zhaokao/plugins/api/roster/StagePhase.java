package org.zhaokao.plugins.api.roster;

/**
 * Where a stage instance stands in the core's pipeline (阶段状态). A plugin takes results only while
 * the stage is {@link #IN_PROGRESS} or {@link #RESULTS_ENTERED}.
 *
 * @since SPI 1.4
 */
public enum StagePhase {
  /** Composed into the chain; rules and schedule may still change. */
  CONFIGURED,
  /** Candidates have been told. */
  NOTIFIED,
  /** Under way: the plugin does its work and reports outcomes. */
  IN_PROGRESS,
  /** Results are in; they may still be corrected. */
  RESULTS_ENTERED,
  /** The employer confirmed the results: a change now needs two people in the core. */
  CONFIRMED_BY_EMPLOYER,
  /** Results published to the candidates. */
  PUBLISHED;

  /** Whether the core accepts outcomes from the plugin in this phase. */
  public boolean takesOutcomes() {
    return this == IN_PROGRESS || this == RESULTS_ENTERED;
  }
}
