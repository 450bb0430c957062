package org.zhaokao.content.domain.survey;

import java.util.Set;

/**
 * When a scheduled survey opens by itself: a stage survey once the stage's results are PUBLISHED
 * (the stage is over for every entrant), a recruitment survey once the admission list is published
 * or the recruitment is closed or archived. Staff may open either earlier by hand.
 */
public final class OpeningRule {

  private static final Set<String> ENDED = Set.of("ADMISSION_PUBLISHED", "CLOSED", "ARCHIVED");

  private OpeningRule() {}

  /**
   * Whether the survey's moment has come.
   *
   * @param scope what the survey asks about
   * @param stageStatus the stage instance's status name (null when absent or not a stage survey)
   * @param recruitmentStatus the recruitment's status name (null when absent)
   */
  public static boolean due(SurveyScope scope, String stageStatus, String recruitmentStatus) {
    return switch (scope) {
      case STAGE -> "PUBLISHED".equals(stageStatus);
      case RECRUITMENT -> recruitmentStatus != null && ENDED.contains(recruitmentStatus);
    };
  }
}
