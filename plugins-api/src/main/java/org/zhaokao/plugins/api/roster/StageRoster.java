package org.zhaokao.plugins.api.roster;

import java.util.List;
import java.util.Optional;

/**
 * Who sits the plugin's stage, from {@link org.zhaokao.plugins.api.CoreServices#roster()}. Reads
 * only: the core decides who enters a stage (the approved applications enter the first, those who
 * advance enter the next).
 *
 * <p>Only the core implements this interface. Calls run in the caller's transaction, or in a new
 * one when the caller has none.
 *
 * @since SPI 1.4
 */
public interface StageRoster {

  /** The recruitments whose chain holds the stage, newest first. */
  List<StageAssignment> assignments(String stageId);

  /**
   * The candidates who entered the stage in one recruitment, by position code then ticket number.
   *
   * @return empty when the stage is not in the recruitment's chain or nobody has entered it yet
   */
  List<StageEntrant> entrants(String stageId, long recruitmentId);

  /**
   * The photo the candidate applied with (报名照片), for an identity check at the exam or a sign-in
   * sheet: only of a candidate who entered the stage. The plugin logs who looked at it.
   *
   * @return the image bytes (JPEG or PNG), or empty when the application has no photo, did not
   *     enter the stage, or the core is older than SPI 1.10
   * @since SPI 1.10
   */
  default Optional<byte[]> photo(String stageId, long applicationId) {
    return Optional.empty();
  }
}
