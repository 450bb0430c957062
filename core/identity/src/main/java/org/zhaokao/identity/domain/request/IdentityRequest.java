package org.zhaokao.identity.domain.request;

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
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A candidate's request to change the real name and/or ID number on the account (实名信息变更申请, P5): the
 * new values (the ID number encrypted, with its blind index) and a piece of evidence wait for a
 * reviewer, who approves or refuses with a reason. One pending request per account.
 */
@Entity
@Table(name = "core_identity_request")
public class IdentityRequest {

  /** Field name bound into the new ID number's ciphertext and blind index. */
  public static final String NEW_ID_NUMBER = "candidate.id_number";

  /** Longest refusal reason kept. */
  public static final int MAX_REASON = 500;

  @Id
  @SequenceGenerator(
      name = "core_identity_request_seq",
      sequenceName = "core_identity_request_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_identity_request_seq")
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private RequestStatus status;

  /** The account id while pending, null once decided: unique, so one pending request each. */
  @Column(name = "pending_account")
  private Long pendingAccount;

  @Column(name = "new_name", length = 50)
  private String newName;

  @Column(name = "new_id_number_enc", length = 200)
  private String newIdNumberEncrypted;

  @Column(name = "new_id_number_idx", length = 64)
  private String newIdNumberIndex;

  @Column(name = "evidence_name", nullable = false, length = 120)
  private String evidenceName;

  @Column(name = "evidence_type", nullable = false, length = 40)
  private String evidenceType;

  @Column(name = "evidence_size", nullable = false)
  private int evidenceSize;

  @Column(name = "filed_at", nullable = false)
  private OffsetDateTime filedAt;

  @Column(name = "decided_by")
  private Long decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "refusal_reason", length = MAX_REASON)
  private String refusalReason;

  @Version private long version;

  protected IdentityRequest() {}

  /**
   * @param newName the new real name, or null to keep it
   * @param newIdNumber the new ID number sealed (ciphertext, blind index), or null to keep it
   */
  public IdentityRequest(
      long accountId,
      String newName,
      SealedId newIdNumber,
      String evidenceName,
      String evidenceType,
      int evidenceSize,
      OffsetDateTime filedAt) {
    if (newName == null && newIdNumber == null) {
      throw new IllegalArgumentException("a request changes the name, the ID number or both");
    }
    this.accountId = accountId;
    this.status = RequestStatus.PENDING;
    this.pendingAccount = accountId;
    this.newName = newName;
    if (newIdNumber != null) {
      this.newIdNumberEncrypted = newIdNumber.encrypted();
      this.newIdNumberIndex = newIdNumber.index();
    }
    this.evidenceName = evidenceName;
    this.evidenceType = evidenceType;
    this.evidenceSize = evidenceSize;
    this.filedAt = filedAt;
  }

  /** An ID number as stored: ciphertext and blind index. */
  public record SealedId(String encrypted, String index) {}

  /**
   * The reviewer's approval.
   *
   * @throws IllegalStateException if already decided
   */
  public void approve(long reviewerId, OffsetDateTime at) {
    decide(reviewerId, at);
    this.status = RequestStatus.APPROVED;
  }

  /**
   * The reviewer's refusal, with the reason the candidate will read.
   *
   * @throws IllegalStateException if already decided
   */
  public void refuse(long reviewerId, String reason, OffsetDateTime at) {
    if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
      throw new IllegalArgumentException("a refusal needs a reason of 1 to 500 characters");
    }
    decide(reviewerId, at);
    this.status = RequestStatus.REFUSED;
    this.refusalReason = reason.strip();
  }

  private void decide(long reviewerId, OffsetDateTime at) {
    if (status != RequestStatus.PENDING) {
      throw new IllegalStateException("request " + id + " is already " + status);
    }
    this.decidedBy = reviewerId;
    this.decidedAt = at;
    this.pendingAccount = null;
  }

  public Long id() {
    return id;
  }

  public long accountId() {
    return accountId;
  }

  public RequestStatus status() {
    return status;
  }

  public Optional<String> newName() {
    return Optional.ofNullable(newName);
  }

  public Optional<SealedId> newIdNumber() {
    return newIdNumberEncrypted == null
        ? Optional.empty()
        : Optional.of(new SealedId(newIdNumberEncrypted, newIdNumberIndex));
  }

  public String evidenceName() {
    return evidenceName;
  }

  public String evidenceType() {
    return evidenceType;
  }

  public int evidenceSize() {
    return evidenceSize;
  }

  public OffsetDateTime filedAt() {
    return filedAt;
  }

  public Optional<OffsetDateTime> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<String> refusalReason() {
    return Optional.ofNullable(refusalReason);
  }
}
