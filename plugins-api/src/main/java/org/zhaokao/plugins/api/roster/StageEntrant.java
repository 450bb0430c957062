package org.zhaokao.plugins.api.roster;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A candidate who entered the stage (参加本阶段的考生), with what the stage's staff need to run it: the
 * real name for the sign-in sheet, gender and birth date for standards by gender and age band, the
 * ticket number, the position. The ID number comes masked; a plugin that shows the name logs the
 * view in the audit log like any other view of personal data.
 *
 * @param applicationId the application (报名) the stage reports its outcome for
 * @param candidateAccountId the candidate's account, for notifications
 * @param realName the candidate's name
 * @param gender {@code MALE} or {@code FEMALE}, as derived from the ID number
 * @param birthDate as derived from the ID number
 * @param maskedIdNumber e.g. {@code 1101**********1234}
 * @param ticketNumber the admission-ticket number (准考证号), once numbered
 * @param positionId the position applied for
 * @param positionCode its code
 * @param positionTitle its title
 * @since SPI 1.4
 */
public record StageEntrant(
    long applicationId,
    long candidateAccountId,
    String realName,
    String gender,
    LocalDate birthDate,
    String maskedIdNumber,
    Optional<String> ticketNumber,
    long positionId,
    String positionCode,
    String positionTitle) {

  public StageEntrant {
    Objects.requireNonNull(realName, "realName");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(maskedIdNumber, "maskedIdNumber");
    Objects.requireNonNull(ticketNumber, "ticketNumber");
    Objects.requireNonNull(positionCode, "positionCode");
    Objects.requireNonNull(positionTitle, "positionTitle");
  }

  /** Whole years of age on the given day (e.g. the test day, for age bands). */
  public int ageOn(LocalDate day) {
    return java.time.Period.between(birthDate, day).getYears();
  }
}
