package org.zhaokao.identity.domain.code;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.zhaokao.identity.domain.account.ContactChannel;

/** Repository of one-time codes. */
public interface VerificationCodes {

  void add(VerificationCode code);

  /** The newest code of the account for this purpose and channel, used or not. */
  Optional<VerificationCode> newest(long accountId, CodePurpose purpose, ContactChannel channel);

  /** The newest code sent to the address with this blind index for this purpose, used or not. */
  Optional<VerificationCode> newestTo(
      String targetIndex, CodePurpose purpose, ContactChannel channel);

  /** How many codes were sent to the address with this blind index since {@code since}. */
  long sentToSince(String targetIndex, OffsetDateTime since);

  /**
   * How many claim codes the client address with this blind index asked for since {@code since}.
   */
  long claimCodesFromSince(String clientIndex, OffsetDateTime since);

  /** How many codes the account was sent since {@code since}, any purpose. */
  long sentSince(long accountId, OffsetDateTime since);

  /**
   * Removes the claim codes (which belong to no account, so no account deletion removes them)
   * created before {@code before}: long expired, they only keep a sealed mobile number.
   *
   * @return how many
   */
  int removeClaimCodes(OffsetDateTime before);

  /** Removes every code of the account (it was deleted; the codes sealed its addresses). */
  void removeAll(long accountId);
}
