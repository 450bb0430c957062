package org.zhaokao.identity.application;

import java.time.LocalDate;
import org.zhaokao.identity.domain.account.AccountHold;

/**
 * An application of the account a claim is filed against (被认领账号的报名), as the claim's reviewers see
 * it: live while the claim waits, withdrawn once it was approved ({@link ClaimDecisions} withdraws
 * them then, so a screen must not show them as still running).
 *
 * @param recruitment the recruitment's title
 * @param runsUntil the day the recruitment runs until at the earliest
 * @param status {@code LIVE} or {@code WITHDRAWN}
 */
public record HolderApplication(String recruitment, LocalDate runsUntil, Status status) {

  /** Where the application stands because of the claim. */
  public enum Status {
    /** Running: it will be withdrawn if the claim is approved. */
    LIVE,
    /** Withdrawn when the claim was approved. */
    WITHDRAWN
  }

  /** The live application a hold names, withdrawn when the claim was approved. */
  static HolderApplication of(AccountHold hold, boolean claimApproved) {
    return new HolderApplication(
        hold.recruitment(), hold.until(), claimApproved ? Status.WITHDRAWN : Status.LIVE);
  }
}
