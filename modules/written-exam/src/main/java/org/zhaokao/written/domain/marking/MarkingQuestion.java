package org.zhaokao.written.domain.marking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A question people mark in one exam (主观题): the bank item version the papers drew, its points and
 * the tolerance (误差阈值, in points) within which two markers' scores are averaged.
 */
@Entity
@Table(name = "we_marking_question")
public class MarkingQuestion {

  @Id
  @SequenceGenerator(
      name = "we_marking_question_seq",
      sequenceName = "we_marking_question_seq",
      allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "we_marking_question_seq")
  private Long id;

  @Column(name = "exam_id", nullable = false)
  private long examId;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(nullable = false, precision = 7, scale = 2)
  private BigDecimal points;

  @Column(nullable = false, precision = 7, scale = 2)
  private BigDecimal tolerance;

  protected MarkingQuestion() {}

  public MarkingQuestion(long examId, long itemId, BigDecimal points, BigDecimal tolerance) {
    this.examId = examId;
    this.itemId = itemId;
    this.points = points;
    this.tolerance = tolerance;
  }

  /** Sets the tolerance; the caller checks that no task of the question was settled by it yet. */
  public void tolerance(BigDecimal value) {
    if (value == null || value.signum() < 0 || value.compareTo(points) > 0) {
      throw new IllegalArgumentException("the tolerance must be from 0 to the question's points");
    }
    tolerance = value;
  }

  public Long id() {
    return id;
  }

  public long examId() {
    return examId;
  }

  public long itemId() {
    return itemId;
  }

  public BigDecimal points() {
    return points;
  }

  public BigDecimal tolerance() {
    return tolerance;
  }
}
