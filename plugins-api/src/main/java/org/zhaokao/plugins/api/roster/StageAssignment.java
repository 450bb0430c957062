package org.zhaokao.plugins.api.roster;

import java.util.Objects;

/**
 * A recruitment whose stage chain holds the plugin's stage (本阶段所在的招考项目).
 *
 * @param recruitmentId the recruitment
 * @param recruitmentTitle its title, for the plugin's screens and notices
 * @param employerId the employer (招考单位) it recruits for
 * @param phase where the stage instance stands
 * @param entrants how many candidates entered the stage (zero until the previous stage advanced
 *     them, or until the approved applications were taken in for a first stage)
 * @since SPI 1.4
 */
public record StageAssignment(
    long recruitmentId, String recruitmentTitle, long employerId, StagePhase phase, int entrants) {

  public StageAssignment {
    Objects.requireNonNull(recruitmentTitle, "recruitmentTitle");
    Objects.requireNonNull(phase, "phase");
    if (entrants < 0) {
      throw new IllegalArgumentException("entrants must not be negative, got " + entrants);
    }
  }
}
