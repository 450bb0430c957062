package org.zhaokao.recruitment.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;
import org.zhaokao.platform.validation.ConflictException;

/**
 * What a disqualification (取消资格) replaced: the status and the shown reason the application had, so
 * that a decision withdrawn on appeal restores them (恢复资格). A value: empty while the application is
 * not disqualified.
 */
@Embeddable
public class Disqualification {

  @Enumerated(EnumType.STRING)
  @Column(name = "status_before_dq", length = 12)
  private ApplicationStatus statusBefore;

  @Column(name = "reason_before_dq", length = 1000)
  private String reasonBefore;

  protected Disqualification() {}

  private Disqualification(ApplicationStatus statusBefore, String reasonBefore) {
    this.statusBefore = statusBefore;
    this.reasonBefore = reasonBefore;
  }

  /** Not disqualified, or reinstated. */
  static Disqualification none() {
    return new Disqualification();
  }

  /**
   * Records what a disqualification of application {@code id} replaces.
   *
   * @throws ConflictException if it was withdrawn or rejected: there is nothing to remove
   */
  static Disqualification replacing(Long id, ApplicationStatus status, String reason) {
    if (status == ApplicationStatus.WITHDRAWN || status == ApplicationStatus.REJECTED) {
      throw new ConflictException(
          "application-status", "Application " + id + " is " + status + "; cannot disqualify it");
    }
    return new Disqualification(status, reason);
  }

  /**
   * The status to restore when application {@code id}, now in status {@code current}, is
   * reinstated.
   *
   * @throws ConflictException if it is not disqualified, or its previous status was not recorded
   */
  ApplicationStatus statusToRestore(Long id, ApplicationStatus current) {
    if (current != ApplicationStatus.DISQUALIFIED) {
      throw new ConflictException(
          "application-not-disqualified",
          "Application " + id + " is " + current + ", not disqualified: nothing to lift");
    }
    if (statusBefore == null) {
      throw new ConflictException(
          "application-status-unknown",
          "Application " + id + " was disqualified without a record of its previous status");
    }
    return statusBefore;
  }

  /** The status the disqualification replaced; empty when not disqualified. */
  public Optional<ApplicationStatus> statusBefore() {
    return Optional.ofNullable(statusBefore);
  }

  /** The reason shown before the disqualification, restored with its status. */
  public Optional<String> reasonBefore() {
    return Optional.ofNullable(reasonBefore);
  }
}
