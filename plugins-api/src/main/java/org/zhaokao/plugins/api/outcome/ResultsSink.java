package org.zhaokao.plugins.api.outcome;

import java.util.List;

/**
 * Where a stage plugin reports its candidates' results (成绩回传), from {@link
 * org.zhaokao.plugins.api.CoreServices#results()}.
 *
 * <p>A report is all or nothing: if any outcome is refused, none is stored. Reporting is idempotent
 * per application and stage — the same outcome again changes nothing, a different one replaces the
 * earlier until the employer confirms the stage; after that the core refuses it and a change needs
 * two people in the core's console.
 *
 * @since SPI 1.3
 */
public interface ResultsSink {

  /**
   * Stores the outcomes of the plugin's stage in one recruitment, in the caller's transaction (or a
   * new one when the caller has none).
   *
   * @param stageId the reporting plugin's own stage id
   * @param recruitmentId the recruitment whose stage instance the outcomes belong to
   * @param outcomes one per application; an application listed twice is refused
   * @return what was stored
   * @throws OutcomeRejectedException naming what was wrong: the stage is not in the recruitment's
   *     chain or does not take results now, an application is not in the stage, or a score lies
   *     outside the stage's range
   */
  OutcomeReceipt report(String stageId, long recruitmentId, List<StageOutcome> outcomes);
}
