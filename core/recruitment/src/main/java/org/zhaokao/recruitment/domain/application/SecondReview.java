package org.zhaokao.recruitment.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.zhaokao.platform.validation.ConflictException;

/**
 * The second-level review (复审) of a review decision, when the recruitment asks for one: who agreed
 * with the current decision and when, or why a second reviewer overruled the last one. A value:
 * every change gives a new one. A new decision needs a new check; the comment on an overruled
 * decision stays beside the application for the first reviewer until the next overrule.
 */
@Embeddable
public class SecondReview {

  @Column(name = "checked_by")
  private Long checkedBy;

  @Column(name = "checked_at")
  private OffsetDateTime checkedAt;

  @Column(name = "check_comment", length = 1000)
  private String comment;

  protected SecondReview() {}

  private SecondReview(Long checkedBy, OffsetDateTime checkedAt, String comment) {
    this.checkedBy = checkedBy;
    this.checkedAt = checkedAt;
    this.comment = comment;
  }

  /** No decision was checked yet. */
  static SecondReview none() {
    return new SecondReview();
  }

  /** The decision changed (decided again, or undone by the employer): it waits for a new check. */
  SecondReview reopened() {
    return new SecondReview(null, null, comment);
  }

  /**
   * 复审通过: the checker agrees with the application's decision.
   *
   * @throws ConflictException unless the decision awaits a check, or if the checker made it
   */
  SecondReview agreedBy(Application a, long checker, OffsetDateTime at) {
    requireCheckable(a, checker);
    return new SecondReview(checker, at, null);
  }

  /**
   * 复审退回: the checker disagrees with the application's decision; the comment says why, for the
   * first reviewer.
   *
   * @throws ConflictException unless the decision awaits a check, or if the checker made it
   * @throws IllegalArgumentException without a comment
   */
  SecondReview overruledBy(Application a, long checker, String comment) {
    requireCheckable(a, checker);
    return new SecondReview(null, null, Reasons.require(comment));
  }

  /** Only an unsent decision nobody checked yet is checked, and by another than its reviewer. */
  private static void requireCheckable(Application a, long checker) {
    if (!a.awaitsCheck()) {
      throw new ConflictException(
          "application-not-checkable",
          "Application %d is %s; only an unsent, unchecked decision is checked"
              .formatted(a.id(), a.status()));
    }
    Long decider = a.decision().by().orElse(null);
    if (decider != null && decider == checker) {
      throw new ConflictException(
          "second-reviewer-same",
          "The second review is by another reviewer than the one who decided");
    }
  }

  /** Whether a second reviewer agreed with the current decision. */
  public boolean done() {
    return checkedBy != null;
  }

  public Optional<Long> checkedBy() {
    return Optional.ofNullable(checkedBy);
  }

  public Optional<OffsetDateTime> checkedAt() {
    return Optional.ofNullable(checkedAt);
  }

  /** Why the second reviewer overruled the last decision. */
  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }
}
