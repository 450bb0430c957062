package org.zhaokao.web.console.survey;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.zhaokao.content.application.SurveyAdministration;
import org.zhaokao.content.application.SurveyForm;
import org.zhaokao.content.application.SurveyResults;
import org.zhaokao.content.application.SurveyResultsView;
import org.zhaokao.content.application.SurveyView;
import org.zhaokao.web.recruitment.Problems;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.BarChart;
import org.zhaokao.web.support.PageMessages;

/**
 * The console's satisfaction surveys (满意度调查) of one recruitment: define one for a stage or the end,
 * open it by hand, close it, and read one's results (averages, the overall marks' chart, the
 * remarks, the Excel export).
 */
@Named
@ViewScoped
public class SurveysPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "surveys";

  @EJB private SurveyAdministration administration;
  @EJB private SurveyResults results;
  @Inject private Login login;

  private Long recruitmentId;
  private Long stageInstanceId;
  private String title;
  private Long selected;
  private transient List<SurveyView> rows;
  private transient SurveyResultsView shown;

  public List<SurveyView> getRows() {
    if (rows == null) {
      rows = List.of();
      if (recruitmentId != null) {
        try {
          rows = administration.list(login.actor(), recruitmentId);
        } catch (RuntimeException e) {
          Problems.show(FORM, e);
        }
      }
    }
    return rows;
  }

  public void define() {
    try {
      SurveyView s =
          administration.define(
              login.actor(), new SurveyForm(recruitmentId, stageInstanceId, title));
      PageMessages.info("surveys.defined", s.title());
      title = null;
      stageInstanceId = null;
      rows = null;
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  public void open(long id) {
    try {
      administration.open(login.actor(), id);
      PageMessages.info("surveys.opened");
      rows = null;
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  public void close(long id) {
    try {
      administration.close(login.actor(), id);
      PageMessages.info("surveys.closed");
      rows = null;
      shown = null;
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  public void show(long id) {
    selected = id;
    shown = null;
  }

  public SurveyResultsView getResults() {
    if (shown == null && selected != null) {
      try {
        shown = results.results(login.actor(), selected);
      } catch (RuntimeException e) {
        selected = null;
        Problems.show(FORM, e);
      }
    }
    return shown;
  }

  /** The mean mark per question, in the questions' order. */
  public List<Map.Entry<String, java.math.BigDecimal>> getAverages() {
    SurveyResultsView r = getResults();
    return r == null ? List.of() : List.copyOf(r.averages().entrySet());
  }

  /** The overall marks' distribution as a bar chart. */
  public String getChart() {
    SurveyResultsView r = getResults();
    if (r == null) {
      return null;
    }
    Map<String, Long> bars = new LinkedHashMap<>();
    r.distribution().forEach((mark, n) -> bars.put(mark + " ★", n));
    return BarChart.of(bars, bundle().getString("surveys.chart.responses"), false);
  }

  public boolean isMayManage() {
    return login.actor().isPermitted("survey:manage");
  }

  private static ResourceBundle bundle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg");
  }

  public Long getRecruitmentId() {
    return recruitmentId;
  }

  public void setRecruitmentId(Long recruitmentId) {
    this.recruitmentId = recruitmentId;
  }

  public Long getStageInstanceId() {
    return stageInstanceId;
  }

  public void setStageInstanceId(Long stageInstanceId) {
    this.stageInstanceId = stageInstanceId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Long getSelected() {
    return selected;
  }
}
