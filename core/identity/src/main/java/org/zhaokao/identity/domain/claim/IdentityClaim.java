package org.zhaokao.identity.domain.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.zhaokao.identity.domain.evidence.ReviewedSubmission;

/**
 * A claim on an ID number another account registered (身份证号认领申请). Someone registering another
 * person's ID number to crowd positions has happened in real registrations, so the rightful owner,
 * who cannot register, files this without an account: real name, the ID number, a mobile and an
 * e-mail for the account to come, the password they choose for it (kept only as a hash), a
 * statement and a photo of the ID card. A reviewer approves — the number moves to a new account for
 * the claimant and the account that held it is disabled — or refuses with a reason. One pending
 * claim per claimant (mobile) and ID number.
 */
@Entity
@Table(name = "core_identity_claim")
public class IdentityClaim extends ReviewedSubmission {

  /** Longest statement kept. */
  public static final int MAX_STATEMENT = 1000;

  @Id
  @SequenceGenerator(
      name = "core_identity_claim_seq",
      sequenceName = "core_identity_claim_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_identity_claim_seq")
  private Long id;

  /** ID-number index and mobile index while pending, null once decided: unique. */
  @Column(name = "pending_key", length = 130)
  private String pendingKey;

  @Column(name = "real_name", nullable = false, length = 50)
  private String realName;

  @Column(name = "id_number_enc", nullable = false, length = 200)
  private String idNumberEncrypted;

  @Column(name = "id_number_idx", nullable = false, length = 64)
  private String idNumberIndex;

  @Column(name = "mobile_enc", nullable = false, length = 200)
  private String mobileEncrypted;

  @Column(name = "mobile_idx", nullable = false, length = 64)
  private String mobileIndex;

  @Column(name = "email_enc", nullable = false, length = 400)
  private String emailEncrypted;

  @Column(name = "email_idx", nullable = false, length = 64)
  private String emailIndex;

  @Column(nullable = false, length = MAX_STATEMENT)
  private String statement;

  @Column(name = "password_hash", nullable = false, length = 255)
  private String passwordHash;

  /** The language the claimant filed in (BCP 47), for the notices. */
  @Column(nullable = false, length = 20)
  private String language;

  /** The account that held the number when the claim was filed. */
  @Column(name = "holder_account", nullable = false)
  private long holderAccount;

  /** The claimant's account, created on approval. */
  @Column(name = "new_account")
  private Long newAccount;

  /** When the retention purge took the photo and the statement; null while kept. */
  @Column(name = "evidence_purged_at")
  private OffsetDateTime evidencePurgedAt;

  protected IdentityClaim() {}

  /**
   * A pending claim.
   *
   * @param claimant who claims, with their sealed contact data
   * @param holderAccount the account holding the number now
   */
  public IdentityClaim(
      Claimant claimant,
      String statement,
      long holderAccount,
      String evidenceName,
      String evidenceType,
      int evidenceSize,
      OffsetDateTime filedAt) {
    super(evidenceName, evidenceType, evidenceSize, filedAt);
    if (statement == null || statement.isBlank() || statement.length() > MAX_STATEMENT) {
      throw new IllegalArgumentException("a claim needs a statement of 1 to 1000 characters");
    }
    this.realName = claimant.realName();
    this.idNumberEncrypted = claimant.idNumber().encrypted();
    this.idNumberIndex = claimant.idNumber().index();
    this.mobileEncrypted = claimant.mobile().encrypted();
    this.mobileIndex = claimant.mobile().index();
    this.emailEncrypted = claimant.email().encrypted();
    this.emailIndex = claimant.email().index();
    this.passwordHash = claimant.passwordHash();
    this.language = claimant.language().toLanguageTag();
    this.pendingKey = pendingKey(idNumberIndex, mobileIndex);
    this.statement = statement.strip();
    this.holderAccount = holderAccount;
  }

  /** A value as stored: ciphertext and blind index. */
  public record Sealed(String encrypted, String index) {}

  /**
   * Who claims.
   *
   * @param passwordHash the hash of the password the claimant's account will have
   * @param language the language notices to the claimant are written in
   */
  public record Claimant(
      String realName,
      Sealed idNumber,
      Sealed mobile,
      Sealed email,
      String passwordHash,
      Locale language) {}

  /** What makes two pending claims the same: the same claimant (mobile) for the same number. */
  public static String pendingKey(String idNumberIndex, String mobileIndex) {
    return idNumberIndex + ":" + mobileIndex;
  }

  /**
   * The reviewer's approval: the number went to {@code newAccountId}.
   *
   * @throws IllegalStateException if already decided
   */
  public void approve(long reviewerId, long newAccountId, OffsetDateTime at) {
    approved(reviewerId, at);
    this.newAccount = newAccountId;
  }

  @Override
  protected void leavePending() {
    this.pendingKey = null;
  }

  /**
   * The retention purge took the evidence (the photo is deleted from its own table): the statement
   * goes too; the decision — who, when, what, why — stays.
   *
   * @return false when it was purged before
   * @throws IllegalStateException while the claim waits for a decision: its reviewer needs it
   */
  public boolean purgeEvidence(OffsetDateTime at) {
    if (pending()) {
      throw new IllegalStateException("claim " + id + " is pending; its evidence is kept");
    }
    if (evidencePurgedAt != null) {
      return false;
    }
    this.statement = "";
    this.evidencePurgedAt = at;
    return true;
  }

  /** Whether a decided claim has outlived {@code retention} at {@code now} and keeps evidence. */
  public boolean evidenceDue(ClaimRetention retention, OffsetDateTime now) {
    return evidencePurgedAt == null
        && decidedAt().filter(at -> !at.isAfter(retention.cutoff(now))).isPresent();
  }

  public Optional<OffsetDateTime> evidencePurgedAt() {
    return Optional.ofNullable(evidencePurgedAt);
  }

  @Override
  public Long id() {
    return id;
  }

  public Optional<String> pendingKey() {
    return Optional.ofNullable(pendingKey);
  }

  public String realName() {
    return realName;
  }

  public Sealed idNumber() {
    return new Sealed(idNumberEncrypted, idNumberIndex);
  }

  public Sealed mobile() {
    return new Sealed(mobileEncrypted, mobileIndex);
  }

  public Sealed email() {
    return new Sealed(emailEncrypted, emailIndex);
  }

  public String statement() {
    return statement;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Locale language() {
    return Locale.forLanguageTag(language);
  }

  public long holderAccount() {
    return holderAccount;
  }

  public Optional<Long> newAccount() {
    return Optional.ofNullable(newAccount);
  }
}
