package org.zhaokao.identity.application;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An ID-number claim as its reviewers see it: the claimant's contact data masked, the account that
 * holds the number and what that account has running (live applications a reviewer must look at,
 * shown as withdrawn once the claim was approved).
 *
 * @param claimantName the name the claimant gave, in full (the reviewer compares it with the photo)
 * @param idNumber the claimed ID number, masked
 * @param holderAccountId the account that held the number when the claim was filed
 * @param holderName that account's real name, in full
 * @param holderStatus that account's status (DISABLED once a claim on it was approved)
 * @param holderApplications the holder's applications in running recruitments: {@code LIVE} while
 *     the claim waits, {@code WITHDRAWN} after approval withdrew them
 * @param newAccountId the claimant's account, once approved
 * @param evidencePurgedAt when the retention purge took the photo and the statement, or null
 */
public record IdentityClaimView(
    long id,
    String status,
    String claimantName,
    String idNumber,
    String mobile,
    String email,
    String statement,
    String evidenceName,
    String evidenceType,
    long holderAccountId,
    String holderName,
    String holderStatus,
    List<HolderApplication> holderApplications,
    OffsetDateTime filedAt,
    OffsetDateTime decidedAt,
    String refusalReason,
    Long newAccountId,
    OffsetDateTime evidencePurgedAt) {

  /**
   * What the anonymous claimant is told after filing: no one else's data.
   *
   * @param id the claim's number, to quote when asking about it
   */
  public record Receipt(long id, String status, OffsetDateTime filedAt) {}
}
