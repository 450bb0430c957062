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
    return codes
        .newest(accountId, purpose, channel)
        .filter(c -> c.tryCode(typed, OffsetDateTime.now(ZoneOffset.UTC)));
  }
}
