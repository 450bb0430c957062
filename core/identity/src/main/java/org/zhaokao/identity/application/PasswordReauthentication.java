package org.zhaokao.identity.application;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.zhaokao.identity.domain.account.Account;
import org.zhaokao.identity.domain.account.AccountStatus;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.plugins.api.security.Reauthentication;

/**
 * Re-authentication for stage plugins (SPI 1.5): the password check of a login for an account that
 * is logged in already. A wrong password counts towards the login lock-out, in its own transaction
 * so the count survives the caller's rollback; a right one leaves the count alone (it is no login).
 */
@Stateless
@Local(Reauthentication.class)
public class PasswordReauthentication implements Reauthentication {

  @Inject private Accounts accounts;
  @Inject private PasswordHashing hashing;

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean confirms(long accountId, String password) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Optional<Account> found = accounts.find(accountId);
    if (found.isEmpty() || password == null || password.isEmpty()) {
      hashing.burnOneVerification(password == null ? "" : password);
      return false;
    }
    Account account = found.get();
    if (account.lockedAt(now).isPresent() || account.status() != AccountStatus.ACTIVE) {
      return false;
    }
    if (!hashing.matches(password, account.passwordHash())) {
      account.wrongPassword(now);
      return false;
    }
    return true;
  }
}
