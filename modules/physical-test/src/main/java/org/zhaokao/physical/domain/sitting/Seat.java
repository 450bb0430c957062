package org.zhaokao.physical.domain.sitting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A candidate's place in a session, their sign-in (签到, after an officer checked their identity)
 * and, if it came to that, their removal for a rule breach (违纪取消资格) with the reason, which the
 * discipline stage picks up.
 */
@Entity
@Table(name = "pt_seat")
public class Seat {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recruitment_id", nullable = false)
  private long recruitmentId;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "session_id", nullable = false)
  private long sessionId;

  @Column(name = "signed_in_at")
  private Instant signedInAt;

  @Column(name = "signed_in_by")
  private Long signedInBy;

  @Column(name = "disqualified_at")
  private Instant disqualifiedAt;

  @Column(name = "disqualified_by")
  private Long disqualifiedBy;

  @Column(name = "disqualified_reason")
  private String disqualifiedReason;

  protected Seat() {}

  public Seat(long recruitmentId, long applicationId, long sessionId) {
    this.recruitmentId = recruitmentId;
    this.applicationId = applicationId;
    this.sessionId = sessionId;
  }

  /**
   * @throws IllegalStateException once the candidate signed in
   */
  public void moveTo(long session) {
    if (signedIn()) {
      throw new IllegalStateException(
          "application " + applicationId + " has signed in and keeps its session");
    }
    this.sessionId = session;
  }

  /**
   * @throws IllegalStateException if already signed in or removed
   */
  public void signIn(long officer, Instant at) {
    if (disqualified()) {
      throw new IllegalStateException("application " + applicationId + " was disqualified");
    }
    if (signedIn()) {
      throw new IllegalStateException("application " + applicationId + " has already signed in");
    }
    this.signedInAt = at;
    this.signedInBy = officer;
  }

  /**
   * @throws IllegalStateException if not signed in or already removed
   */
  public void disqualify(String reason, long officer, Instant at) {
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw new IllegalArgumentException("a reason is required, at most 500 characters");
    }
    if (!signedIn()) {
      throw new IllegalStateException(
          "application " + applicationId + " has not signed in: it is absent, not disqualified");
    }
    if (disqualified()) {
      throw new IllegalStateException("application " + applicationId + " was already disqualified");
    }
    this.disqualifiedReason = reason.trim();
    this.disqualifiedBy = officer;
    this.disqualifiedAt = at;
  }

  public boolean signedIn() {
    return signedInAt != null;
  }

  public boolean disqualified() {
    return disqualifiedAt != null;
  }

  public long applicationId() {
    return applicationId;
  }

  public long sessionId() {
    return sessionId;
  }

  public Optional<Instant> signedInAt() {
    return Optional.ofNullable(signedInAt);
  }

  public Optional<Long> signedInBy() {
    return Optional.ofNullable(signedInBy);
  }

  public Optional<String> disqualifiedReason() {
    return Optional.ofNullable(disqualifiedReason);
  }
}
