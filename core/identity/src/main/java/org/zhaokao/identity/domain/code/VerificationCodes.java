package org.zhaokao.identity.domain.code;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.zhaokao.identity.domain.account.ContactChannel;

/** Repository of one-time codes. */
public interface VerificationCodes {

  void add(VerificationCode code);

  /** The newest code of the account for this purpose and channel, used or not. */
  Optional<VerificationCode> newest(long accountId, CodePurpose purpose, ContactChannel channel);

  /** How many codes the account was sent since {@code since}, any purpose. */
  long sentSince(long accountId, OffsetDateTime since);

  /** Removes every code of the account (it was deleted; the codes sealed its addresses). */
  void removeAll(long accountId);
}
