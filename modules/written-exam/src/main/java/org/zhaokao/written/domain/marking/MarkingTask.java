package org.zhaokao.written.domain.marking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One question of one script to mark (评卷任务): two marks by different markers, a third when they
 * disagree, then a final score. {@code taken} counts the marks handed out, submitted or not, so a
 * task is never handed to more markers than it needs.
 */
@Entity
@Table(name = "we_marking_task")
public class MarkingTask {

  @Id
  @SequenceGenerator(
      name = "we_marking_task_seq",
      sequenceName = "we_marking_task_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "we_marking_task_seq")
  private Long id;

  @Column(name = "exam_id", nullable = false)
  private long examId;

  @Column(name = "question_id", nullable = false)
  private long questionId;

  @Column(name = "script_id", nullable = false)
  private long scriptId;

  /** The question's number on this script's paper (whose answer is marked). */
  @Column(name = "question_no", nullable = false)
  private int questionNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TaskState state = TaskState.DOUBLE;

  @Column(nullable = false)
  private int taken;

  @Column(name = "final_score", precision = 9, scale = 2)
  private BigDecimal finalScore;

  protected MarkingTask() {}

  public MarkingTask(long examId, long questionId, long scriptId, int questionNo) {
    this.examId = examId;
    this.questionId = questionId;
    this.scriptId = scriptId;
    this.questionNo = questionNo;
  }

  /** Whether the task waits for one more marker to take it. */
  public boolean wantsMarker() {
    return (state == TaskState.DOUBLE && taken < 2)
        || (state == TaskState.ARBITRATION && taken < 3);
  }

  /** Hands the next mark out; answers its round (1, 2 or 3 for arbitration). */
  public int take() {
    if (!wantsMarker()) {
      throw new IllegalStateException("task " + id + " needs no further marker");
    }
    return ++taken;
  }

  /** The two marks are in: settles by their mean within the tolerance, else to arbitration. */
  public void doubleMarked(BigDecimal first, BigDecimal second, DoubleMarking rule) {
    rule.settle(first, second)
        .ifPresentOrElse(
            s -> {
              finalScore = s;
              state = TaskState.SETTLED;
            },
            () -> state = TaskState.ARBITRATION);
  }

  /** The arbiter's mark is in: it stands. */
  public void arbitrated(BigDecimal third, DoubleMarking rule) {
    finalScore = rule.arbitrate(third);
    state = TaskState.SETTLED;
  }

  public Long id() {
    return id;
  }

  public long examId() {
    return examId;
  }

  public long questionId() {
    return questionId;
  }

  public long scriptId() {
    return scriptId;
  }

  public int questionNo() {
    return questionNo;
  }

  public TaskState state() {
    return state;
  }

  public int taken() {
    return taken;
  }

  public BigDecimal finalScore() {
    return finalScore;
  }
}
