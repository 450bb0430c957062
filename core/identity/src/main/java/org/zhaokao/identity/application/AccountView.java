package org.zhaokao.identity.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * One's own account as the account page and {@code GET /api/v1/me} show it: personal data masked.
 *
 * @param id account id
 * @param kind CANDIDATE, STAFF or EMPLOYER
 * @param displayName masked name for candidates
 * @param maskedIdNumber {@code 110101********1234}, or null for non-candidates
 * @param birthDate from the ID number, or null
 * @param gender from the ID number, or null
 * @param maskedMobile {@code 138****5678}, or null
 * @param mobileVerified whether the mobile was verified by code
 * @param maskedEmail {@code z***@example.com}, or null
 * @param emailVerified whether the email was verified by code
 * @param notifyByEmail whether notifications also go by e-mail
 * @param notifyBySms whether notifications also go by SMS
 * @param roles role codes
 * @param permissions permission strings
 * @param lastLoginAt the previous login, or null
 */
public record AccountView(
    long id,
    String kind,
    String displayName,
    String maskedIdNumber,
    LocalDate birthDate,
    String gender,
    String maskedMobile,
    boolean mobileVerified,
    String maskedEmail,
    boolean emailVerified,
    boolean notifyByEmail,
    boolean notifyBySms,
    Set<String> roles,
    Set<String> permissions,
    OffsetDateTime lastLoginAt) {}
