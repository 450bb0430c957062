package org.zhaokao.written.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.zhaokao.written.application.MarkingDesk;
import org.zhaokao.written.application.UseCaseException;

/**
 * Backs the marker's queue (评卷): the exams in marking they may mark, the task in hand with its
 * anonymous answer, and the score they submit.
 */
@Named
@ViewScoped
public class MarkingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MarkingDesk desk;

  private List<Map<String, Object>> exams;
  private long recruitmentId;
  private TaskRow task;
  private BigDecimal score;

  /** Rows of the exams table (maps: the server's EL 5 reads no records). */
  public List<Map<String, Object>> getExams() {
    if (exams == null) {
      try {
        exams =
            desk.exams(Faces.actor()).stream()
                .map(
                    e ->
                        Map.<String, Object>of(
                            "recruitmentId", e.recruitmentId(),
                            "examId", e.examId(),
                            "waiting", e.waiting(),
                            "inHand", e.myOpenTask() != null))
                .toList();
      } catch (UseCaseException e) {
        Faces.error("marking.title", e);
        exams = List.of();
      }
    }
    return exams;
  }

  public void take(long recruitment) {
    recruitmentId = recruitment;
    score = null;
    try {
      task = desk.next(Faces.actor(), recruitment).map(TaskRow::new).orElse(null);
      if (task == null) {
        Faces.info("marking.noneLeft");
      }
    } catch (UseCaseException e) {
      Faces.error("marking.title", e);
    }
    exams = null;
  }

  public void submit() {
    if (task == null) {
      return;
    }
    try {
      desk.submit(Faces.actor(), task.getTaskId(), score);
      Faces.info("marking.submitted", task.getScript());
      take(recruitmentId);
    } catch (UseCaseException e) {
      Faces.error("marking.title", e);
    }
  }

  public TaskRow getTask() {
    return task;
  }

  public BigDecimal getScore() {
    return score;
  }

  public void setScore(BigDecimal score) {
    this.score = score;
  }
}
