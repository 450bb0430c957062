package org.zhaokao.identity.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.zhaokao.plugins.api.SupportedLocales;

/**
 * An account (账号): the credential and the login state of one person. Candidates' real-name data
 * lives in {@link Candidate}, keyed by the same id.
 */
@Entity
@Table(name = "core_account")
public class Account {

  @Id
  @SequenceGenerator(
      name = "core_account_seq",
      sequenceName = "core_account_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_account_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private AccountKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AccountStatus status;

  @Column(length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 255)
  private String passwordHash;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  @Column(name = "last_login_at")
  private OffsetDateTime lastLoginAt;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "totp_secret_enc", length = 200)
  private String totpSecretEncrypted;

  @Column(name = "totp_last_step", nullable = false)
  private long totpLastStep = -1;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "reviewed_by")
  private Long reviewedBy;

  @Column(name = "review_note", length = 500)
  private String reviewNote;

  @Column(name = "preferred_language", length = 10)
  private String preferredLanguage;

  @Version private long version;

  protected Account() {}

  private Account(
      AccountKind kind,
      AccountStatus status,
      String username,
      String displayName,
      String passwordHash,
      OffsetDateTime at) {
    this.kind = kind;
    this.status = status;
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.createdAt = at;
  }

  /** A candidate who just registered: active at once, logs in with ID number, mobile or email. */
  public static Account candidate(String maskedName, String passwordHash, OffsetDateTime at) {
    return new Account(
        AccountKind.CANDIDATE, AccountStatus.ACTIVE, null, maskedName, passwordHash, at);
  }

  /** A staff or employer account as an administrator creates it. */
  public static Account member(
      AccountKind kind,
      AccountStatus status,
      String username,
      String displayName,
      String passwordHash,
      OffsetDateTime at) {
    if (kind == AccountKind.CANDIDATE) {
      throw new IllegalArgumentException("candidates register themselves");
    }
    return new Account(kind, status, username, displayName, passwordHash, at);
  }

  /** Until when the account refuses passwords, if it is locked now. */
  public Optional<OffsetDateTime> lockedAt(OffsetDateTime now) {
    return lockedUntil != null && lockedUntil.isAfter(now)
        ? Optional.of(lockedUntil)
        : Optional.empty();
  }

  /** Counts a wrong password and locks the account as {@link LoginThrottle} says. */
  public void wrongPassword(OffsetDateTime now) {
    failedLogins++;
    Duration lock = LoginThrottle.lockAfter(failedLogins);
    lockedUntil = lock.isZero() ? null : now.plus(lock);
  }

  public void loggedIn(OffsetDateTime now) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  /**
   * Records who created a staff or employer account (it waits for another administrator's review).
   */
  public void createdBy(long administratorId) {
    this.createdBy = administratorId;
  }

  /**
   * Another administrator's decision on a new staff or employer account.
   *
   * @throws IllegalStateException if the account is not waiting for review, or the reviewer created
   *     it
   */
  public void reviewed(long reviewerId, boolean approve, String note) {
    if (status != AccountStatus.PENDING_REVIEW) {
      throw new IllegalStateException("account " + id + " is not waiting for review");
    }
    if (createdBy != null && createdBy == reviewerId) {
      throw new IllegalStateException(
          "the administrator who created an account cannot also approve it");
    }
    this.reviewedBy = reviewerId;
    this.reviewNote = note;
    this.status = approve ? AccountStatus.ACTIVE : AccountStatus.DISABLED;
  }

  /** Stops the account from logging in (its sessions are ended by the caller). */
  public void disable(String note) {
    this.status = AccountStatus.DISABLED;
    this.reviewNote = note;
  }

  /**
   * The account was deleted at its owner's request (注销): disabled for good, its name a placeholder,
   * its password and second factor replaced by nothing that can be used.
   */
  public void erase(String placeholderName, String unusableHash) {
    this.status = AccountStatus.DISABLED;
    this.displayName = placeholderName;
    this.passwordHash = unusableHash;
    this.totpSecretEncrypted = null;
    this.reviewNote = "deleted at the owner's request";
  }

  /** Lets a disabled account log in again. */
  public void enable() {
    if (status == AccountStatus.PENDING_REVIEW) {
      throw new IllegalStateException("a new account is enabled by its review");
    }
    this.status = AccountStatus.ACTIVE;
  }

  public Optional<Long> createdBy() {
    return Optional.ofNullable(createdBy);
  }

  /** Staff and employer accounts need a second factor (TOTP) at every login; candidates do not. */
  public boolean needsSecondFactor() {
    return kind != AccountKind.CANDIDATE;
  }

  /** The encrypted TOTP secret, once the second factor is enrolled. */
  public Optional<String> totpSecretEncrypted() {
    return Optional.ofNullable(totpSecretEncrypted);
  }

  public long totpLastStep() {
    return totpLastStep;
  }

  /** Enrols the second factor; the step of the confirming code counts as used. */
  public void enrolSecondFactor(String encryptedSecret, long confirmedStep) {
    this.totpSecretEncrypted = encryptedSecret;
    this.totpLastStep = confirmedStep;
  }

  /** A one-time code of this step was accepted; it and every earlier step are spent. */
  public void usedStep(long step) {
    this.totpLastStep = Math.max(totpLastStep, step);
  }

  /** The name shown in headers and lists (masked) after a reviewed change of the real name. */
  public void renamed(String maskedName) {
    this.displayName = maskedName;
  }

  public void changePassword(String newHash) {
    this.passwordHash = newHash;
  }

  /**
   * Sets the language of what the platform sends this person.
   *
   * @return whether it changed
   */
  public boolean preferLanguage(Locale language) {
    String tag = language.toLanguageTag();
    if (tag.equals(preferredLanguage)) {
      return false;
    }
    this.preferredLanguage = tag;
    return true;
  }

  /** The preferred language (a supported locale), or empty for the platform's default. */
  public Optional<Locale> preferredLanguage() {
    return SupportedLocales.match(preferredLanguage);
  }

  public Long id() {
    return id;
  }

  public AccountKind kind() {
    return kind;
  }

  public AccountStatus status() {
    return status;
  }

  public Optional<String> username() {
    return Optional.ofNullable(username);
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public int failedLogins() {
    return failedLogins;
  }

  public Optional<OffsetDateTime> lastLoginAt() {
    return Optional.ofNullable(lastLoginAt);
  }
}
