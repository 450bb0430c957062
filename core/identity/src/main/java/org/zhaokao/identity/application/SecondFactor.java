package org.zhaokao.identity.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import org.zhaokao.identity.domain.account.Account;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.identity.domain.mfa.Base32;
import org.zhaokao.identity.domain.mfa.RecoveryCodes;
import org.zhaokao.identity.domain.mfa.Totp;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.privacy.DataProtection;

/**
 * The second step of a staff or employer login (RFC 6238 TOTP, or a recovery code), and enrolling
 * the authenticator app at the first login. Wrong codes count like wrong passwords and lock the
 * account the same way.
 */
@Stateless
public class SecondFactor {

  static final String SECRET_FIELD = "account.totp_secret";
  static final String ISSUER = "招考服务平台";

  @Inject private Accounts accounts;
  @Inject private DataProtection protection;

  /**
   * An enrolment in progress: the secret the app must learn, as text and as the URI its QR code
   * carries.
   *
   * @param secret base32 secret, for typing in by hand
   * @param uri the {@code otpauth://} URI
   */
  public record Enrolment(String secret, String uri) {}

  public boolean enrolled(long accountId) {
    return account(accountId).totpSecretEncrypted().isPresent();
  }

  /**
   * A fresh secret for an account that has none yet; nothing is stored until {@link #enrol}
   * confirms it.
   */
  public Enrolment startEnrolment(long accountId) {
    return enrolmentOf(accountId, Base32.encode(Totp.newSecret()));
  }

  /** The enrolment of a secret already chosen (to show its QR code again). */
  public Enrolment enrolmentOf(long accountId, String base32Secret) {
    String name = account(accountId).username().orElse(String.valueOf(accountId));
    return new Enrolment(base32Secret, Totp.uri(ISSUER, name, Base32.decode(base32Secret)));
  }

  /**
   * Stores the secret once the app has shown it can produce a valid code from it.
   *
   * @return ten recovery codes, shown to the person once and stored only as hashes
   * @throws InvalidInputException {@code code} when the code does not match the secret
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<String> enrol(long accountId, String base32Secret, String code) {
    Account account = account(accountId);
    byte[] secret = Base32.decode(base32Secret);
    OptionalLong step = Totp.verify(secret, code, Instant.now(), -1, driftWindow());
    if (step.isEmpty()) {
      throw InvalidInputException.of(
          "code", "totp", "The code does not match; check the phone's clock");
    }
    account.enrolSecondFactor(protection.encrypt(SECRET_FIELD, base32Secret), step.getAsLong());
    List<String> codes = RecoveryCodes.generate();
    accounts.replaceRecoveryCodes(accountId, codes.stream().map(RecoveryCodes::hash).toList());
    return codes;
  }

  /**
   * Checks a one-time code, or a recovery code, of an enrolled account. A wrong one counts as a
   * failed login.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public LoginOutcome verify(long accountId, String typed) {
    Account account = account(accountId);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    var locked = account.lockedAt(now);
    if (locked.isPresent()) {
      return new LoginOutcome.Locked(locked.get());
    }
    String stored =
        account.totpSecretEncrypted().orElseThrow(() -> new IllegalStateException("not enrolled"));
    byte[] secret = Base32.decode(protection.decrypt(SECRET_FIELD, stored));
    OptionalLong step =
        Totp.verify(secret, typed, now.toInstant(), account.totpLastStep(), driftWindow());
    boolean recovery =
        step.isEmpty()
            && typed != null
            && typed.replace("-", "").replace(" ", "").length() == 10
            && accounts.useRecoveryCode(accountId, RecoveryCodes.hash(typed), now);
    if (step.isEmpty() && !recovery) {
      account.wrongPassword(now);
      return account
          .lockedAt(now)
          .<LoginOutcome>map(LoginOutcome.Locked::new)
          .orElseGet(LoginOutcome.BadCredentials::new);
    }
    step.ifPresent(account::usedStep);
    account.loggedIn(now);
    return new LoginOutcome.Success(
        new org.zhaokao.plugins.api.security.AccountPrincipal(
            account.id(), account.kind().name(), account.displayName()));
  }

  private Account account(long id) {
    return accounts.find(id).orElseThrow(() -> new IllegalStateException("no account " + id));
  }

  /**
   * How many 30-second steps either side of the server's clock a code may be from: 1 (the RFC's
   * recommendation), or {@code -Dzhaokao.totp.window} from 1 to 240. Widen it only where clocks
   * cannot be kept right; the Arquillian server widens it so tests need not wait for each new step.
   */
  static int driftWindow() {
    return Math.max(1, Math.min(240, Integer.getInteger("zhaokao.totp.window", 1)));
  }
}
