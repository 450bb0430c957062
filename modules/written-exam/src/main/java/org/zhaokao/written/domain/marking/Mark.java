package org.zhaokao.written.domain.marking;

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
 * One marker's mark of one task (评分): handed out, then submitted once and sealed — its marker can
 * no longer change it. One mark per marker and task, one per round.
 */
@Entity
@Table(name = "we_mark")
public class Mark {

  @Id
  @SequenceGenerator(name = "we_mark_seq", sequenceName = "we_mark_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "we_mark_seq")
  private Long id;

  @Column(name = "task_id", nullable = false)
  private long taskId;

  @Column(name = "exam_id", nullable = false)
  private long examId;

  @Column(name = "marker_id", nullable = false)
  private long markerId;

  @Column(name = "round_no", nullable = false)
  private int round;

  @Column(precision = 9, scale = 2)
  private BigDecimal score;

  @Column(name = "taken_at", nullable = false)
  private Instant takenAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  protected Mark() {}

  public Mark(long taskId, long examId, long markerId, int round, Instant takenAt) {
    this.taskId = taskId;
    this.examId = examId;
    this.markerId = markerId;
    this.round = round;
    this.takenAt = takenAt;
  }

  /**
   * Submits the score and seals the mark.
   *
   * @throws IllegalStateException when it was submitted before
   */
  public void submit(BigDecimal value, Instant at) {
    if (sealed()) {
      throw new IllegalStateException("the mark is sealed");
    }
    score = value;
    submittedAt = at;
  }

  public boolean sealed() {
    return submittedAt != null;
  }

  public Long id() {
    return id;
  }

  public long taskId() {
    return taskId;
  }

  public long markerId() {
    return markerId;
  }

  public int round() {
    return round;
  }

  public BigDecimal score() {
    return score;
  }

  public Instant submittedAt() {
    return submittedAt;
  }
}
