package org.zhaokao.identity.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.zhaokao.identity.domain.account.Account;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.identity.domain.account.Candidate;
import org.zhaokao.identity.domain.account.ContactChannel;
import org.zhaokao.identity.domain.account.LoginIdentifier;
import org.zhaokao.identity.domain.account.PasswordPolicy;
import org.zhaokao.identity.domain.code.CodePurpose;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.privacy.DataProtection;

/**
 * A candidate who forgot the password sets a new one with a code sent to a VERIFIED address: the
 * mobile when verified, else the e-mail. The answer never says whether the account exists or has a
 * verified address, so the form cannot be used to find out who is registered.
 */
@Stateless
public class PasswordReset {

  @Inject private Accounts accounts;
  @Inject private DataProtection protection;
  @Inject private PasswordHashing hashing;
  @EJB private CodeMessenger messenger;
  @EJB private CodeChecks checks;
  @EJB private AuditLog audit;

  /**
   * Sends a reset code if the identifier names a candidate with a verified address; silent
   * otherwise.
   */
  public void request(String loginId, Locale locale) {
    candidate(loginId)
        .ifPresent(
            c ->
                verifiedChannel(c)
                    .ifPresent(
                        ch ->
                            messenger.send(
                                c.accountId(),
                                CodePurpose.PASSWORD_RESET,
                                ch,
                                protection.decrypt(Candidate.field(ch), c.encrypted(ch)),
                                locale)));
  }

  /**
   * Sets the new password when the code is right.
   *
   * @throws InvalidInputException {@code code} (wrong, expired, used up, or no such request) or
   *     {@code newPassword} (policy)
   */
  public void complete(String loginId, String code, String newPassword) {
    Candidate c =
        candidate(loginId)
            .orElseThrow(() -> InvalidInputException.of("code", "code", "Wrong code"));
    ContactChannel channel =
        verifiedChannel(c)
            .orElseThrow(() -> InvalidInputException.of("code", "code", "Wrong code"));
    PasswordPolicy.check(newPassword, loginId)
        .ifPresent(
            p -> {
              throw InvalidInputException.of(
                  "newPassword",
                  "password." + p.name(),
                  "Password refused: " + p.name(),
                  PasswordPolicy.MIN_LENGTH);
            });
    checks
        .tryNewest(c.accountId(), CodePurpose.PASSWORD_RESET, channel, code)
        .orElseThrow(() -> InvalidInputException.of("code", "code", "Wrong, expired or used code"));
    Account account = accounts.find(c.accountId()).orElseThrow();
    account.changePassword(hashing.hash(newPassword));
    // A reset also lifts a lock: the person proved control of a verified address.
    account.loggedIn(account.lastLoginAt().orElse(OffsetDateTime.now(ZoneOffset.UTC)));
    audit.record(
        AuditEntry.builder(
                "account.password.reset",
                AuditActor.account(String.valueOf(c.accountId()), "candidate"))
            .target("account", String.valueOf(c.accountId()))
            .detail("channel", channel.name())
            .build());
  }

  private Optional<Candidate> candidate(String loginId) {
    LoginIdentifier id = LoginIdentifier.of(loginId, LocalDate.now(CandidateRegistration.CHINA));
    if (id.value().isEmpty() || id.kind() == LoginIdentifier.Kind.USERNAME) {
      return Optional.empty();
    }
    return accounts.findCandidateByIndex(
        id.candidateField(), protection.index(id.candidateField(), id.value()));
  }

  private static Optional<ContactChannel> verifiedChannel(Candidate c) {
    if (c.verifiedOn(ContactChannel.MOBILE)) {
      return Optional.of(ContactChannel.MOBILE);
    }
    return c.verifiedOn(ContactChannel.EMAIL)
        ? Optional.of(ContactChannel.EMAIL)
        : Optional.empty();
  }
}
