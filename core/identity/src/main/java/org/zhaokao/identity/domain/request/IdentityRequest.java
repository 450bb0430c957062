package org.zhaokao.identity.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.zhaokao.identity.domain.evidence.ReviewedSubmission;

/**
 * A candidate's request to change the real name and/or ID number on the account (实名信息变更申请, P5): the
 * new values (the ID number encrypted, with its blind index) and a piece of evidence wait for a
 * reviewer, who approves or refuses with a reason. One pending request per account.
 */
@Entity
@Table(name = "core_identity_request")
public class IdentityRequest extends ReviewedSubmission {

  /** Field name bound into the new ID number's ciphertext and blind index. */
  public static final String NEW_ID_NUMBER = "candidate.id_number";

  @Id
  @SequenceGenerator(
      name = "core_identity_request_seq",
      sequenceName = "core_identity_request_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_identity_request_seq")
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  /** The account id while pending, null once decided: unique, so one pending request each. */
  @Column(name = "pending_account")
  private Long pendingAccount;

  @Column(name = "new_name", length = 50)
  private String newName;

  @Column(name = "new_id_number_enc", length = 200)
  private String newIdNumberEncrypted;

  @Column(name = "new_id_number_idx", length = 64)
  private String newIdNumberIndex;

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
    super(evidenceName, evidenceType, evidenceSize, filedAt);
    if (newName == null && newIdNumber == null) {
      throw new IllegalArgumentException("a request changes the name, the ID number or both");
    }
    this.accountId = accountId;
    this.pendingAccount = accountId;
    this.newName = newName;
    if (newIdNumber != null) {
      this.newIdNumberEncrypted = newIdNumber.encrypted();
      this.newIdNumberIndex = newIdNumber.index();
    }
  }

  /** An ID number as stored: ciphertext and blind index. */
  public record SealedId(String encrypted, String index) {}

  /**
   * The reviewer's approval.
   *
   * @throws IllegalStateException if already decided
   */
  public void approve(long reviewerId, OffsetDateTime at) {
    approved(reviewerId, at);
  }

  @Override
  protected void leavePending() {
    this.pendingAccount = null;
  }

  @Override
  public Long id() {
    return id;
  }

  public long accountId() {
    return accountId;
  }

  public Optional<String> newName() {
    return Optional.ofNullable(newName);
  }

  public Optional<SealedId> newIdNumber() {
    return newIdNumberEncrypted == null
        ? Optional.empty()
        : Optional.of(new SealedId(newIdNumberEncrypted, newIdNumberIndex));
  }
}
