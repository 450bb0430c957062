package org.zhaokao.identity.domain.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.zhaokao.identity.domain.request.RequestStatus;

/**
 * What every identity submission a reviewer decides shares (a change request, an ID-number claim):
 * the evidence's name, type and size, when it was filed, and the decision — who, when, and the
 * reason of a refusal. Each kind keeps its own table, id and "one pending" key; this holds the
 * columns and the decision rules they have in common.
 */
@MappedSuperclass
public abstract class ReviewedSubmission {

  /** Longest refusal reason kept. */
  public static final int MAX_REASON = 500;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private RequestStatus status;

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

  protected ReviewedSubmission() {}

  /** A pending submission with its evidence's name, media type and size. */
  protected ReviewedSubmission(
      String evidenceName, String evidenceType, int evidenceSize, OffsetDateTime filedAt) {
    this.status = RequestStatus.PENDING;
    this.evidenceName = evidenceName;
    this.evidenceType = evidenceType;
    this.evidenceSize = evidenceSize;
    this.filedAt = filedAt;
  }

  /** The submission's id, assigned when stored. */
  public abstract Long id();

  /** Frees the key that allows one pending submission only: the submission is decided. */
  protected abstract void leavePending();

  /**
   * Marks the submission approved by the reviewer.
   *
   * @throws IllegalStateException if already decided
   */
  protected final void approved(long reviewerId, OffsetDateTime at) {
    decide(reviewerId, at);
    this.status = RequestStatus.APPROVED;
  }

  /**
   * The reviewer's refusal, with the reason the submitter will read.
   *
   * @throws IllegalArgumentException without a reason of 1 to 500 characters
   * @throws IllegalStateException if already decided
   */
  public void refuse(long reviewerId, String reason, OffsetDateTime at) {
    if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
      throw new IllegalArgumentException("a refusal needs a reason of 1 to 500 characters");
    }
    decide(reviewerId, at);
    this.status = RequestStatus.REFUSED;
    this.refusalReason = reason.strip();
  }

  private void decide(long reviewerId, OffsetDateTime at) {
    if (status != RequestStatus.PENDING) {
      throw new IllegalStateException(
          getClass().getSimpleName() + " " + id() + " is already " + status);
    }
    this.decidedBy = reviewerId;
    this.decidedAt = at;
    leavePending();
  }

  public RequestStatus status() {
    return status;
  }

  public boolean pending() {
    return status == RequestStatus.PENDING;
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
