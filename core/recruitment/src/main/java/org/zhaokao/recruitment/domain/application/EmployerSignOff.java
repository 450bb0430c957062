package org.zhaokao.recruitment.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.zhaokao.platform.validation.ConflictException;

/**
 * Where the employer's confirmation (招考单位确认) of a review decision stands: not sent, pending,
 * confirmed or disputed, by whom, when and with which comment. A value: every change gives a new
 * one.
 */
@Embeddable
public class EmployerSignOff {

  @Enumerated(EnumType.STRING)
  @Column(name = "confirmation", length = 10)
  private Confirmation state;

  @Column(name = "confirmation_comment", length = 1000)
  private String comment;

  @Column(name = "confirmed_by")
  private Long by;

  @Column(name = "confirmed_at")
  private OffsetDateTime at;

  protected EmployerSignOff() {}

  private EmployerSignOff(Confirmation state, String comment, Long by, OffsetDateTime at) {
    this.state = state;
    this.comment = comment;
    this.by = by;
    this.at = at;
  }

  /** Never sent to the employer. */
  static EmployerSignOff none() {
    return new EmployerSignOff();
  }

  /** Sent (提交招考单位确认): waits for the employer; an earlier dispute's comment is cleared. */
  static EmployerSignOff pending() {
    return new EmployerSignOff(Confirmation.PENDING, null, null, null);
  }

  /** Whether the decision may go (again) to the employer: never sent, or disputed. */
  boolean sendable() {
    return state == null || state == Confirmation.DISPUTED;
  }

  /**
   * The employer of application {@code id} confirms the decision.
   *
   * @throws ConflictException unless it waits for the employer
   */
  EmployerSignOff confirmedBy(Long id, long employerUser, OffsetDateTime at, String comment) {
    requirePending(id);
    return new EmployerSignOff(Confirmation.CONFIRMED, comment, employerUser, at);
  }

  /**
   * The employer of application {@code id} disputes the decision, saying why.
   *
   * @throws ConflictException unless it waits for the employer
   * @throws IllegalArgumentException without a comment
   */
  EmployerSignOff disputedBy(Long id, long employerUser, OffsetDateTime at, String comment) {
    requirePending(id);
    return new EmployerSignOff(Confirmation.DISPUTED, Reasons.require(comment), employerUser, at);
  }

  private void requirePending(Long id) {
    if (state != Confirmation.PENDING) {
      throw new ConflictException(
          "application-not-pending",
          "Application " + id + " is not waiting for the employer's confirmation");
    }
  }

  /** Whether the employer confirmed the decision. */
  public boolean confirmed() {
    return state == Confirmation.CONFIRMED;
  }

  public Optional<Confirmation> state() {
    return Optional.ofNullable(state);
  }

  /** The employer's comment on its confirmation or dispute. */
  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  /** The employer user who confirmed or disputed. */
  public Optional<Long> by() {
    return Optional.ofNullable(by);
  }

  public Optional<OffsetDateTime> at() {
    return Optional.ofNullable(at);
  }
}
