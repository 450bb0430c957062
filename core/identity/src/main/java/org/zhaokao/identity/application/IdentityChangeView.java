package org.zhaokao.identity.application;

import java.time.OffsetDateTime;

/**
 * A name / ID-number change request as its candidate and its reviewers see it; ID numbers masked.
 *
 * @param id the request
 * @param accountId whose account
 * @param status PENDING, APPROVED or REFUSED
 * @param currentName the real name on the account now
 * @param newName the name asked for, or null if unchanged
 * @param currentIdNumber the ID number on the account now, masked
 * @param newIdNumber the ID number asked for, masked, or null if unchanged
 * @param evidenceName the evidence's file name
 * @param evidenceType the evidence's media type
 * @param filedAt when it was filed
 * @param decidedAt when a reviewer decided, or null
 * @param refusalReason why it was refused, or null
 */
public record IdentityChangeView(
    long id,
    long accountId,
    String status,
    String currentName,
    String newName,
    String currentIdNumber,
    String newIdNumber,
    String evidenceName,
    String evidenceType,
    OffsetDateTime filedAt,
    OffsetDateTime decidedAt,
    String refusalReason) {}
