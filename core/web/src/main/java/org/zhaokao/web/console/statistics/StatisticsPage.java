package org.zhaokao.web.console.statistics;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.zhaokao.content.application.StatisticsDashboard;
import org.zhaokao.content.domain.statistics.RecruitmentFigures;
import org.zhaokao.web.recruitment.Problems;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.BarChart;

/**
 * The statistics dashboard (统计查询) of one recruitment: applications by status, applicants per place
 * by position, review turnaround, stage progress, complaints and satisfaction, with charts.
 */
@Named
@ViewScoped
public class StatisticsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "statistics";

  @EJB private StatisticsDashboard dashboard;
  @Inject private Login login;

  private Long recruitmentId;
  private transient RecruitmentFigures figures;

  public RecruitmentFigures getFigures() {
    if (figures == null && recruitmentId != null) {
      try {
        figures = dashboard.figures(login.actor(), recruitmentId);
      } catch (RuntimeException e) {
        recruitmentId = null;
        Problems.show(FORM, e);
      }
    }
    return figures;
  }

  public List<Map.Entry<String, Long>> getByStatus() {
    RecruitmentFigures f = getFigures();
    return f == null ? List.of() : List.copyOf(f.applicationsByStatus().entrySet());
  }

  public List<RecruitmentFigures.PositionLoad> getMostSubscribed() {
    RecruitmentFigures f = getFigures();
    return f == null ? List.of() : f.mostSubscribed(5);
  }

  public List<RecruitmentFigures.PositionLoad> getLeastSubscribed() {
    RecruitmentFigures f = getFigures();
    return f == null ? List.of() : f.leastSubscribed(5);
  }

  public String getStatusChart() {
    RecruitmentFigures f = getFigures();
    if (f == null) {
      return null;
    }
    ResourceBundle msg = bundle();
    Map<String, Long> bars = new LinkedHashMap<>();
    f.applicationsByStatus()
        .forEach((status, n) -> bars.put(label(msg, "statistics.status." + status, status), n));
    return BarChart.of(bars, msg.getString("statistics.applications"), false);
  }

  public String getRatioChart() {
    RecruitmentFigures f = getFigures();
    if (f == null) {
      return null;
    }
    Map<String, BigDecimal> bars = new LinkedHashMap<>();
    f.positions().forEach(p -> bars.put(p.code() + " " + p.title(), p.ratio()));
    return BarChart.of(bars, bundle().getString("statistics.ratio"), true);
  }

  public String getStageChart() {
    RecruitmentFigures f = getFigures();
    if (f == null) {
      return null;
    }
    Map<String, Long> bars = new LinkedHashMap<>();
    f.stages().forEach(s -> bars.put(s.seq() + ". " + s.stageId(), s.entrants()));
    return BarChart.of(bars, bundle().getString("statistics.entrants"), false);
  }

  private static String label(ResourceBundle msg, String key, String fallback) {
    return msg.containsKey(key) ? msg.getString(key) : fallback;
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
}
