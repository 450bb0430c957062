package org.zhaokao.recruitment.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The eligibility reviewer's decision (资格审核意见) on an application: who decided, when, and the reason
 * shown to the candidate (a rejection's or a return's; a disqualification's replaces it). A value:
 * every change gives a new one.
 */
@Embeddable
public class ReviewerDecision {

  @Column(name = "decided_by")
  private Long by;

  @Column(name = "decided_at")
  private OffsetDateTime at;

  @Column(name = "decision_reason", length = 1000)
  private String reason;

  protected ReviewerDecision() {}

  private ReviewerDecision(Long by, OffsetDateTime at, String reason) {
    this.by = by;
    this.at = at;
    this.reason = reason;
  }

  /** Not decided, or undone (by the employer or the second reviewer). */
  static ReviewerDecision none() {
    return new ReviewerDecision();
  }

  static ReviewerDecision by(long reviewer, OffsetDateTime at, String reason) {
    return new ReviewerDecision(reviewer, at, reason);
  }

  /** The same decision showing another reason. */
  ReviewerDecision showing(String reason) {
    return new ReviewerDecision(by, at, reason);
  }

  /** The reviewer who decided. */
  public Optional<Long> by() {
    return Optional.ofNullable(by);
  }

  public Optional<OffsetDateTime> at() {
    return Optional.ofNullable(at);
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }
}
