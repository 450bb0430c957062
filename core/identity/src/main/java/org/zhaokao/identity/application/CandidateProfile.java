package org.zhaokao.identity.application;

import java.time.LocalDate;

/**
 * What an application form takes from a candidate's verified profile: the real name, birth date and
 * gender from the ID number, and the masked contacts.
 *
 * @param accountId the candidate's account
 * @param realName as on the ID card (shown to the candidate and to reviewers, never logged)
 * @param birthDate from the ID number
 * @param gender {@code MALE} or {@code FEMALE}, from the ID number
 * @param maskedIdNumber {@code 110101********1234}
 * @param maskedMobile {@code 138****5678}
 * @param maskedEmail {@code z***@example.com}
 */
public record CandidateProfile(
    long accountId,
    String realName,
    LocalDate birthDate,
    String gender,
    String maskedIdNumber,
    String maskedMobile,
    String maskedEmail) {}
