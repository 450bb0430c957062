package org.zhaokao.identity.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.zhaokao.identity.domain.account.Account;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.identity.domain.account.Candidate;
import org.zhaokao.identity.domain.account.ContactRules;
import org.zhaokao.identity.domain.role.Grants;
import org.zhaokao.platform.validation.Checks;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.security.AccountPrincipal;
import org.zhaokao.privacy.DataProtection;
import org.zhaokao.privacy.IdNumber;
import org.zhaokao.privacy.Masking;

/**
 * A candidate registers (考生注册): real name, ID number, mobile, email, password. One account per ID
 * number: someone registering another person's ID number to crowd positions has happened in real
 * registrations, so a second registration is refused and the rightful owner is told how to claim
 * the account.
 */
@Stateless
public class CandidateRegistration {

  /** China Standard Time decides what "today" is for birth dates. */
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject private Accounts accounts;
  @Inject private Grants grants;
  @Inject private DataProtection protection;
  @Inject private PasswordHashing hashing;
  @EJB private AuditLog audit;

  private final Clock clock = Clock.systemUTC();

  /**
   * @return the new account's principal
   * @throws org.zhaokao.platform.validation.InvalidInputException naming every refused field
   * @throws ConflictException {@code id-number-registered}, {@code mobile-registered} or {@code
   *     email-registered}
   */
  public AccountPrincipal register(RegistrationForm form) {
    LocalDate today = LocalDate.now(clock.withZone(CHINA));
    Checks checks = new Checks();
    String name = form.realName() == null ? "" : form.realName().trim();
    checks.require(
        ContactRules.isRealName(name), "realName", "realName", "Give the name as on the ID card");
    IdNumber.check(form.idNumber(), today)
        .ifPresent(
            p ->
                checks.require(
                    false,
                    "idNumber",
                    "idNumber." + p.name(),
                    "Not a valid ID number: " + p.name()));
    String mobile = form.mobile() == null ? "" : form.mobile().trim();
    checks.require(
        ContactRules.isMobile(mobile),
        "mobile",
        "mobile",
        "Give an 11-digit mainland mobile number");
    String email = form.email() == null ? "" : ContactRules.normaliseEmail(form.email());
    checks.require(ContactRules.isEmail(email), "email", "email", "Give a valid email address");
    String idText = form.idNumber() == null ? null : form.idNumber().trim();
    PasswordChecks.require(checks, "password", form.password(), idText, mobile, email);
    checks.throwIfAny();

    IdNumber id = IdNumber.parse(form.idNumber(), today);
    Candidate.Sealed sealedId = seal(Candidate.ID_NUMBER, id.value());
    Candidate.Sealed sealedMobile = seal(Candidate.MOBILE, mobile);
    Candidate.Sealed sealedEmail = seal(Candidate.EMAIL, email);
    refuseTaken(Candidate.ID_NUMBER, sealedId, "id-number-registered");
    refuseTaken(Candidate.MOBILE, sealedMobile, "mobile-registered");
    refuseTaken(Candidate.EMAIL, sealedEmail, "email-registered");

    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    Account account =
        accounts.add(Account.candidate(Masking.name(name), hashing.hash(form.password()), now));
    try {
      accounts.add(
          new Candidate(
              account.id(),
              name,
              sealedId,
              id.birthDate(),
              Candidate.Gender.valueOf(id.gender().name()),
              sealedMobile,
              sealedEmail));
      grants.grant(account.id(), "candidate", "GLOBAL", "");
      audit.record(
          AuditEntry.builder(
                  "account.registered",
                  AuditActor.account(String.valueOf(account.id()), "candidate"))
              .target("account", String.valueOf(account.id()))
              .detail("name", account.displayName())
              .build());
    } catch (PersistenceException e) {
      // Two registrations of the same number racing past the look-ups: the unique index decides.
      throw new ConflictException(
          "id-number-registered", "This ID number, mobile or email is already registered");
    }
    return new AccountPrincipal(account.id(), account.kind().name(), account.displayName());
  }

  private Candidate.Sealed seal(String field, String value) {
    return new Candidate.Sealed(protection.encrypt(field, value), protection.index(field, value));
  }

  private void refuseTaken(String field, Candidate.Sealed sealed, String code) {
    if (accounts.findCandidateByIndex(field, sealed.index()).isPresent()) {
      throw new ConflictException(
          code,
          switch (code) {
            case "id-number-registered" ->
                "An account already exists for this ID number. If it is yours, reset the password through its"
                    + " verified mobile or email; if you did not register it, file an identity claim with a photo"
                    + " of your ID card and staff will review it.";
            case "mobile-registered" -> "This mobile number belongs to another account";
            default -> "This email address belongs to another account";
          });
    }
  }
}
