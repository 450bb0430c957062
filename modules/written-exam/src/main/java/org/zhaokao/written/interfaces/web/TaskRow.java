package org.zhaokao.written.interfaces.web;

import java.io.Serializable;
import java.math.BigDecimal;
import org.zhaokao.written.application.TaskView;

/** The task in a marker's hands, for the screen (getters: the server's EL 5 reads no records). */
public class TaskRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long taskId;
  private final String script;
  private final String stem;
  private final BigDecimal points;
  private final String guide;
  private final String answer;
  private final boolean arbitration;

  TaskRow(TaskView v) {
    taskId = v.taskId();
    script = v.script();
    stem = v.stem();
    points = v.points();
    guide = v.guide();
    answer = v.answer();
    arbitration = v.arbitration();
  }

  public long getTaskId() {
    return taskId;
  }

  public String getScript() {
    return script;
  }

  public String getStem() {
    return stem;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public String getGuide() {
    return guide;
  }

  public String getAnswer() {
    return answer;
  }

  public boolean isArbitration() {
    return arbitration;
  }
}
