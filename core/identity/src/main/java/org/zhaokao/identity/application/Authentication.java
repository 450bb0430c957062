package org.zhaokao.identity.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.zhaokao.identity.domain.account.Account;
import org.zhaokao.identity.domain.account.AccountStatus;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.identity.domain.account.Candidate;
import org.zhaokao.identity.domain.account.LoginIdentifier;
import org.zhaokao.plugins.api.security.AccountPrincipal;
import org.zhaokao.privacy.DataProtection;

/**
 * Checks a login: finds the account by what was typed, refuses while it is locked, verifies the
 * password, and counts failures. Runs in its own transaction so a failed attempt is counted even
 * though the caller's login fails.
 */
@Stateless
public class Authentication {

  @Inject private Accounts accounts;
  @Inject private DataProtection protection;
  @Inject private PasswordHashing hashing;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public LoginOutcome login(String typedIdentifier, String password) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Optional<Account> found = find(typedIdentifier);
    if (found.isEmpty() || password == null) {
      hashing.burnOneVerification(password == null ? "" : password);
      return new LoginOutcome.BadCredentials();
    }
    Account account = found.get();
    Optional<OffsetDateTime> locked = account.lockedAt(now);
    if (locked.isPresent()) {
      return new LoginOutcome.Locked(locked.get());
    }
    if (!hashing.matches(password, account.passwordHash())) {
      account.wrongPassword(now);
      return account
          .lockedAt(now)
          .<LoginOutcome>map(LoginOutcome.Locked::new)
          .orElseGet(LoginOutcome.BadCredentials::new);
    }
    if (account.status() != AccountStatus.ACTIVE) {
      return new LoginOutcome.NotActive();
    }
    account.loggedIn(now);
    return new LoginOutcome.Success(
        new AccountPrincipal(account.id(), account.kind().name(), account.displayName()));
  }

  private Optional<Account> find(String typed) {
    LoginIdentifier id = LoginIdentifier.of(typed, LocalDate.now(CandidateRegistration.CHINA));
    if (id.value().isEmpty()) {
      return Optional.empty();
    }
    if (id.kind() == LoginIdentifier.Kind.USERNAME) {
      return accounts.findByUsername(id.value());
    }
    String field = id.candidateField();
    return accounts
        .findCandidateByIndex(field, protection.index(field, id.value()))
        .map(Candidate::accountId)
        .flatMap(accounts::find);
  }
}
