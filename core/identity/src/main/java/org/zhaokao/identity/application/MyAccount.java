package org.zhaokao.identity.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.zhaokao.identity.domain.account.Account;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.identity.domain.account.Candidate;
import org.zhaokao.identity.domain.account.PasswordPolicy;
import org.zhaokao.identity.domain.role.Grants;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.privacy.DataProtection;
import org.zhaokao.privacy.Masking;

/** What a logged-in person may see and do with their own account (P5 账号管理). */
@Stateless
public class MyAccount {

  @Inject private Accounts accounts;
  @Inject private Grants grants;
  @Inject private DataProtection protection;
  @Inject private PasswordHashing hashing;
  @EJB private AuditLog audit;

  /** The account with personal data masked. */
  public AccountView view(long accountId) {
    Account account =
        accounts
            .find(accountId)
            .orElseThrow(() -> new IllegalStateException("no account " + accountId));
    Optional<Candidate> c = accounts.findCandidate(accountId);
    return new AccountView(
        accountId,
        account.kind().name(),
        account.displayName(),
        c.map(x -> Masking.idNumber(protection.decrypt(Candidate.ID_NUMBER, x.idNumberEncrypted())))
            .orElse(null),
        c.map(Candidate::birthDate).orElse(null),
        c.map(x -> x.gender().name()).orElse(null),
        c.map(x -> Masking.mobile(protection.decrypt(Candidate.MOBILE, x.mobileEncrypted())))
            .orElse(null),
        c.map(Candidate::mobileVerified).orElse(false),
        c.map(x -> Masking.email(protection.decrypt(Candidate.EMAIL, x.emailEncrypted())))
            .orElse(null),
        c.map(Candidate::emailVerified).orElse(false),
        c.map(Candidate::notifyByEmail).orElse(false),
        c.map(Candidate::notifyBySms).orElse(false),
        grants.rolesOf(accountId),
        grants.permissionsOf(accountId),
        account.lastLoginAt().orElse(null));
  }

  /**
   * Sets the language of one's notifications (and of the site after signing in).
   *
   * @param tag {@code zh-CN} or {@code en}
   * @throws InvalidInputException for another language
   */
  public void changeLanguage(long accountId, String tag) {
    java.util.Locale language =
        org.zhaokao.plugins.api.SupportedLocales.match(tag)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "language", "language", "The language is zh-CN or en"));
    Account account =
        accounts
            .find(accountId)
            .orElseThrow(() -> new IllegalStateException("no account " + accountId));
    if (account.preferLanguage(language)) {
      audit.record(
          AuditEntry.builder(
                  "account.language.changed",
                  AuditActor.account(
                      String.valueOf(accountId),
                      account.kind().name().toLowerCase(java.util.Locale.ROOT)))
              .target("account", String.valueOf(accountId))
              .detail("language", language.toLanguageTag())
              .build());
    }
  }

  /**
   * Changes the password after checking the current one.
   *
   * @throws InvalidInputException {@code currentPassword} wrong, or the new one breaks the policy
   */
  public void changePassword(long accountId, String currentPassword, String newPassword) {
    Account account =
        accounts
            .find(accountId)
            .orElseThrow(() -> new IllegalStateException("no account " + accountId));
    if (currentPassword == null || !hashing.matches(currentPassword, account.passwordHash())) {
      throw InvalidInputException.of(
          "currentPassword", "currentPassword", "The current password is wrong");
    }
    PasswordPolicy.check(newPassword, account.username().orElse(null))
        .ifPresent(
            p -> {
              throw InvalidInputException.of(
                  "newPassword",
                  "password." + p.name(),
                  "Password refused: " + p.name(),
                  PasswordPolicy.MIN_LENGTH);
            });
    account.changePassword(hashing.hash(newPassword));
    audit.record(
        AuditEntry.builder(
                "account.password.changed",
                AuditActor.account(
                    String.valueOf(accountId),
                    account.kind().name().toLowerCase(java.util.Locale.ROOT)))
            .target("account", String.valueOf(accountId))
            .build());
  }
}
