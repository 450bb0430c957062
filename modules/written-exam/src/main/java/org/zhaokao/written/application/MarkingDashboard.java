package org.zhaokao.written.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.zhaokao.written.domain.marking.Consistency;

/**
 * The chief marker's view of an exam's marking (阅卷进度): progress per question and each marker's
 * consistency. No candidate appears in it.
 *
 * @param releasable whether every task has its final score (the scores may be released)
 */
public record MarkingDashboard(
    long recruitmentId,
    long examId,
    Instant openedAt,
    Instant releasedAt,
    int scripts,
    List<QuestionProgress> questions,
    List<Consistency.Line> markers,
    boolean releasable) {

  /**
   * One question's progress: tasks in all, marked once (one sealed mark), marked twice (two or
   * more), waiting for arbitration, settled.
   */
  public record QuestionProgress(
      long questionId,
      long itemId,
      String stem,
      BigDecimal points,
      BigDecimal tolerance,
      int tasks,
      int markedOnce,
      int markedTwice,
      int inArbitration,
      int settled) {}
}
