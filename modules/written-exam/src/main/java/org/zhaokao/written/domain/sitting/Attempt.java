package org.zhaokao.written.domain.sitting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A candidate's sitting of their paper (作答): begins when they first open it, ends when they submit
 * or their deadline passes (the smaller of start plus duration and the exam's end). A candidate
 * without an attempt never opened the paper: absent (缺考).
 */
@Entity
@Table(name = "we_attempt")
public class Attempt {

  @Id
  @SequenceGenerator(name = "we_attempt_seq", sequenceName = "we_attempt_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "we_attempt_seq")
  private Long id;

  @Column(name = "paper_id", nullable = false, unique = true)
  private long paperId;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "deadline", nullable = false)
  private Instant deadline;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  /** The objective score, once marked. */
  @Column(name = "objective_score", precision = 9, scale = 2)
  private BigDecimal objectiveScore;

  /** The proctor who ended the attempt (强制交卷), if one did. */
  @Column(name = "forced_by")
  private Long forcedBy;

  /** The discipline incident a proctor reported, once per attempt. */
  @Column(name = "incident_id")
  private Long incidentId;

  protected Attempt() {}

  public Attempt(long paperId, Instant openedAt, Instant deadline) {
    this.paperId = paperId;
    this.openedAt = openedAt;
    this.deadline = deadline;
  }

  /** Whether answers are still taken at {@code now}. */
  public boolean open(Instant now) {
    return submittedAt == null && now.isBefore(deadline);
  }

  /** Ends the attempt; a second submit changes nothing. */
  public void submit(Instant now) {
    if (submittedAt == null) {
      submittedAt = now.isBefore(deadline) ? now : deadline;
    }
  }

  /** When the attempt ended, or empty while it runs. */
  public Instant endedAt(Instant now) {
    if (submittedAt != null) {
      return submittedAt;
    }
    return now.isBefore(deadline) ? null : deadline;
  }

  /**
   * Takes a new deadline after the exam's window moved, while the attempt runs; an attempt that
   * ended keeps its end.
   */
  public boolean deadlineMoved(Instant newDeadline, Instant now) {
    if (!open(now) || newDeadline.equals(deadline)) {
      return false;
    }
    deadline = newDeadline.isBefore(now) ? now : newDeadline;
    return true;
  }

  /**
   * A proctor ends the running attempt now; the answers saved so far are the submission.
   *
   * @return false when it had already ended
   */
  public boolean forceSubmit(Instant now, long proctor) {
    if (!open(now)) {
      return false;
    }
    submittedAt = now;
    forcedBy = proctor;
    return true;
  }

  public void referred(long incident) {
    incidentId = incident;
  }

  public Long forcedBy() {
    return forcedBy;
  }

  public Long incidentId() {
    return incidentId;
  }

  public void marked(BigDecimal score) {
    objectiveScore = score;
  }

  public Long id() {
    return id;
  }

  public long paperId() {
    return paperId;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant deadline() {
    return deadline;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public BigDecimal objectiveScore() {
    return objectiveScore;
  }
}
