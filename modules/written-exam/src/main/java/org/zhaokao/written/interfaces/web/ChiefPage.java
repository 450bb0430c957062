package org.zhaokao.written.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhaokao.written.application.ChiefDesk;
import org.zhaokao.written.application.MarkingDashboard;
import org.zhaokao.written.application.MarkingOpening;
import org.zhaokao.written.application.ScoreReporting;
import org.zhaokao.written.application.UseCaseException;
import org.zhaokao.written.domain.marking.Consistency;

/**
 * Backs the chief marker's dashboard (阅卷组长): the ended exams they lead; for the one chosen, the
 * progress per question with its tolerance, each marker's consistency, opening the marking and
 * releasing the scores. Rows are maps: the server's EL 5 reads no records.
 */
@Named
@ViewScoped
public class ChiefPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ChiefDesk chief;
  @Inject private MarkingOpening opening;

  private List<Map<String, Object>> exams;
  private Long recruitmentId;
  private MarkingDashboard dashboard;
  private final Map<Long, BigDecimal> tolerances = new HashMap<>();

  public List<Map<String, Object>> getExams() {
    if (exams == null) {
      try {
        exams = chief.exams(Faces.actor()).stream().map(ChiefPage::row).toList();
      } catch (UseCaseException e) {
        Faces.error("chief.title", e);
        exams = List.of();
      }
    }
    return exams;
  }

  public void show(long recruitment) {
    recruitmentId = recruitment;
    dashboard = null;
    tolerances.clear();
    try {
      dashboard = chief.dashboard(Faces.actor(), recruitment);
      dashboard.questions().forEach(q -> tolerances.put(q.questionId(), q.tolerance()));
    } catch (UseCaseException e) {
      if (!"marking.notOpened".equals(e.code())) {
        Faces.error("chief.title", e);
      }
    }
  }

  public void open(long recruitment) {
    try {
      MarkingOpening.Opened o = opening.open(Faces.actor(), recruitment);
      Faces.info("chief.opened", o.scripts(), o.tasks());
      exams = null;
      show(recruitment);
    } catch (UseCaseException e) {
      Faces.error("chief.title", e);
    }
  }

  public void saveTolerance(long questionId) {
    try {
      opening.tolerance(Faces.actor(), recruitmentId, questionId, tolerances.get(questionId));
      Faces.info("chief.toleranceSaved");
      show(recruitmentId);
    } catch (UseCaseException e) {
      Faces.error("chief.title", e);
    }
  }

  public void release() {
    try {
      ScoreReporting.Reported r = chief.release(Faces.actor(), recruitmentId);
      Faces.info("chief.released", r.stored(), r.unchanged());
      exams = null;
      show(recruitmentId);
    } catch (UseCaseException e) {
      Faces.error("chief.title", e);
    }
  }

  public Long getRecruitmentId() {
    return recruitmentId;
  }

  public boolean isShowing() {
    return dashboard != null;
  }

  public boolean isReleasable() {
    return dashboard != null && dashboard.releasable() && dashboard.releasedAt() == null;
  }

  public int getScripts() {
    return dashboard == null ? 0 : dashboard.scripts();
  }

  public List<Map<String, Object>> getQuestions() {
    return dashboard == null
        ? List.of()
        : dashboard.questions().stream().map(ChiefPage::row).toList();
  }

  public List<Map<String, Object>> getMarkers() {
    return dashboard == null
        ? List.of()
        : dashboard.markers().stream().map(ChiefPage::row).toList();
  }

  public Map<Long, BigDecimal> getTolerances() {
    return tolerances;
  }

  private static Map<String, Object> row(ChiefDesk.ChiefExam e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("recruitmentId", e.recruitmentId());
    m.put("examId", e.examId());
    m.put("endsAt", e.endsAt());
    m.put("opened", e.markingOpenedAt() != null);
    m.put("released", e.markingReleasedAt() != null);
    return m;
  }

  private static Map<String, Object> row(MarkingDashboard.QuestionProgress q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("questionId", q.questionId());
    m.put("stem", q.stem());
    m.put("points", q.points());
    m.put("tasks", q.tasks());
    m.put("once", q.markedOnce());
    m.put("twice", q.markedTwice());
    m.put("arbitration", q.inArbitration());
    m.put("settled", q.settled());
    return m;
  }

  private static Map<String, Object> row(Consistency.Line l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("markerId", l.markerId());
    m.put("marks", l.marks());
    m.put("meanScore", l.meanScore());
    m.put("compared", l.compared());
    m.put("meanDeviation", l.meanDeviation() == null ? "—" : l.meanDeviation());
    m.put(
        "meanAbsoluteDeviation",
        l.meanAbsoluteDeviation() == null ? "—" : l.meanAbsoluteDeviation());
    return m;
  }
}
