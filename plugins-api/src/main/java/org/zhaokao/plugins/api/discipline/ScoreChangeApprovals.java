package org.zhaokao.plugins.api.discipline;

/**
 * Optional capability of a {@link org.zhaokao.plugins.api.StagePlugin}: hears that a second person
 * approved a late change (补正) of a stage score that {@link Sanctions} proposed — a voiding (当次成绩无效)
 * or a reinstatement (恢复成绩) in a stage whose results were published — so that the deciding plugin
 * can tell the candidate the change now applies. The discipline plugin implements it on its plugin
 * class.
 *
 * <p>What the core promises: it calls every active plugin that implements this once per approval,
 * after the outcome changed, inside the approval's transaction; a plain correction staff proposed
 * is not announced. What the plugin promises: work from its own tables and the core's notifier
 * only, quick, and repeating a call changes nothing more.
 *
 * @since SPI 1.11
 */
public interface ScoreChangeApprovals {

  /** Which late change was approved. */
  enum Kind {
    /** The score is void now. */
    VOID,
    /** The voided score counts again. */
    REINSTATEMENT
  }

  /**
   * A late change of the application's score in the stage was approved and is in force.
   *
   * @param applicationId the application (报名) whose outcome changed
   * @param stageId the stage plugin's id, as the sanction named it
   * @param kind whether the score was voided or reinstated
   */
  void approved(long applicationId, String stageId, Kind kind);
}
