package org.zhaokao.identity.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.zhaokao.identity.domain.account.ContactChannel;
import org.zhaokao.identity.domain.code.CodePurpose;
import org.zhaokao.identity.domain.code.VerificationCode;
import org.zhaokao.identity.domain.code.VerificationCodes;

/**
 * Tries a typed code against the newest one sent, in a transaction of its own: a wrong try must use
 * up an attempt even though the caller's use case then fails and rolls back.
 */
@Stateless
public class CodeChecks {

  @Inject private VerificationCodes codes;

  /** The code record when the typed code is right (and now used up), else empty. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<VerificationCode> tryNewest(
      long accountId, CodePurpose purpose, ContactChannel channel, String typed) {
    return tried(codes.newest(accountId, purpose, channel), typed);
  }

  /**
   * The code record when the typed code is right for the newest code of this purpose sent to the
   * address with this blind index (a claim code, which has no account), else empty.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<VerificationCode> tryNewestTo(
      String targetIndex, CodePurpose purpose, ContactChannel channel, String typed) {
    return tried(codes.newestTo(targetIndex, purpose, channel), typed);
  }

  private static Optional<VerificationCode> tried(Optional<VerificationCode> newest, String typed) {
    return newest.filter(c -> c.tryCode(typed, OffsetDateTime.now(ZoneOffset.UTC)));
  }
}
