package org.zhaokao.identity.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import org.zhaokao.identity.domain.account.Account;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.identity.domain.account.Candidate;
import org.zhaokao.identity.domain.account.ContactChannel;
import org.zhaokao.identity.domain.account.ContactRules;
import org.zhaokao.identity.domain.code.CodePurpose;
import org.zhaokao.identity.domain.code.VerificationCode;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.privacy.DataProtection;

/**
 * A candidate proves their mobile number and e-mail address with one-time codes, and changes them
 * (P5): the current password first, then a code sent to the new address, which replaces the old one
 * only when the code comes back.
 */
@Stateless
public class ContactVerification {

  @Inject private Accounts accounts;
  @Inject private DataProtection protection;
  @Inject private PasswordHashing hashing;
  @EJB private CodeMessenger messenger;
  @EJB private CodeChecks checks;
  @EJB private AuditLog audit;

  /** Sends a code to the address on file. */
  public void sendCode(Actor actor, ContactChannel channel, Locale locale) {
    Candidate c = candidateOf(actor);
    messenger.send(
        c.accountId(),
        CodePurpose.VERIFY,
        channel,
        protection.decrypt(Candidate.field(channel), c.encrypted(channel)),
        locale);
  }

  /**
   * @throws InvalidInputException {@code code} when wrong, expired or used up
   */
  public void confirm(Actor actor, ContactChannel channel, String code) {
    Candidate c = candidateOf(actor);
    VerificationCode sent = check(c.accountId(), CodePurpose.VERIFY, channel, code);
    // The address may have changed since the code was sent; only the address on file is verified.
    String onFile = protection.decrypt(Candidate.field(channel), c.encrypted(channel));
    if (!messenger.addressOf(sent).equals(onFile)) {
      throw InvalidInputException.of("code", "code", "This code was sent to another address");
    }
    c.verified(channel);
    record(actor, "account.contact.verified", channel);
  }

  /**
   * Starts changing an address: checks the password and the new address, then sends a code to it.
   *
   * @throws InvalidInputException {@code password} or {@code value} refused
   * @throws ConflictException {@code mobile-registered} / {@code email-registered}
   */
  public void startChange(
      Actor actor, ContactChannel channel, String password, String value, Locale locale) {
    Candidate c = candidateOf(actor);
    Account account = accounts.find(c.accountId()).orElseThrow();
    if (password == null || !hashing.matches(password, account.passwordHash())) {
      throw InvalidInputException.of(
          "password", "currentPassword", "The current password is wrong");
    }
    String address = normalised(channel, value);
    String taken = channel == ContactChannel.MOBILE ? "mobile-registered" : "email-registered";
    if (accounts
        .findCandidateByIndex(Candidate.field(channel), indexOf(channel, address))
        .isPresent()) {
      throw new ConflictException(taken, "This address belongs to an account already");
    }
    messenger.send(c.accountId(), CodePurpose.CHANGE, channel, address, locale);
  }

  /** Replaces the address by the one the code was sent to. */
  public void confirmChange(Actor actor, ContactChannel channel, String code) {
    Candidate c = candidateOf(actor);
    VerificationCode sent = check(c.accountId(), CodePurpose.CHANGE, channel, code);
    String address = messenger.addressOf(sent);
    String field = Candidate.field(channel);
    if (accounts.findCandidateByIndex(field, indexOf(channel, address)).isPresent()) {
      throw new ConflictException(
          channel == ContactChannel.MOBILE ? "mobile-registered" : "email-registered",
          "This address belongs to an account already");
    }
    c.changed(
        channel,
        new Candidate.Sealed(protection.encrypt(field, address), indexOf(channel, address)));
    record(actor, "account.contact.changed", channel);
  }

  /** Which channels besides the in-site inbox the candidate wants notifications on. */
  public void preferences(Actor actor, boolean byEmail, boolean bySms) {
    candidateOf(actor).preferences(byEmail, bySms);
    audit.record(
        AuditEntry.builder("account.preferences.changed", actorOf(actor))
            .client(actor.clientIp(), actor.userAgent())
            .detail("email", String.valueOf(byEmail))
            .detail("sms", String.valueOf(bySms))
            .build());
  }

  private VerificationCode check(
      long accountId, CodePurpose purpose, ContactChannel channel, String typed) {
    return checks
        .tryNewest(accountId, purpose, channel, typed)
        .orElseThrow(() -> InvalidInputException.of("code", "code", "Wrong, expired or used code"));
  }

  private Candidate candidateOf(Actor actor) {
    return accounts
        .findCandidate(actor.accountId())
        .orElseThrow(() -> new SecurityException("only candidates have contact details to verify"));
  }

  private String indexOf(ContactChannel channel, String address) {
    return protection.index(Candidate.field(channel), address);
  }

  static String normalised(ContactChannel channel, String value) {
    String v = value == null ? "" : value.trim();
    if (channel == ContactChannel.MOBILE) {
      if (!ContactRules.isMobile(v)) {
        throw InvalidInputException.of(
            "value", "mobile", "Give an 11-digit mainland mobile number");
      }
      return v;
    }
    String email = ContactRules.normaliseEmail(v);
    if (!ContactRules.isEmail(email)) {
      throw InvalidInputException.of("value", "email", "Give a valid email address");
    }
    return email;
  }

  private void record(Actor actor, String action, ContactChannel channel) {
    audit.record(
        AuditEntry.builder(action, actorOf(actor))
            .target("account", String.valueOf(actor.accountId()))
            .client(actor.clientIp(), actor.userAgent())
            .detail("channel", channel.name())
            .build());
  }

  static org.zhaokao.plugins.api.audit.AuditActor actorOf(Actor actor) {
    return org.zhaokao.plugins.api.audit.AuditActor.of(actor);
  }
}
