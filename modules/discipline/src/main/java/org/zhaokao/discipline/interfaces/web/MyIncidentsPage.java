package org.zhaokao.discipline.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.zhaokao.discipline.application.Appeals;
import org.zhaokao.discipline.application.CandidateIncidentView;
import org.zhaokao.discipline.domain.DisciplineException;
import org.zhaokao.security.web.RequestActor;

/**
 * Backs the candidate's screen (我的违纪处理决定): the decisions about them and the appeal (申诉) of one
 * while its deadline has not passed. A refusal is shown on the page and changes nothing.
 */
@Named
@ViewScoped
public class MyIncidentsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient Appeals appeals;

  private Long incidentId;
  private String reason;

  public List<CandidateIncidentView> getDecisions() {
    try {
      return appeals.mine(actor());
    } catch (DisciplineException e) {
      Notices.refused(e);
      return List.of();
    }
  }

  public void appeal() {
    try {
      CandidateIncidentView v =
          appeals.appeal(actor(), incidentId == null ? 0 : incidentId, reason);
      Notices.info(
          "discipline.msg.appealed",
          String.valueOf(v.id()),
          Notices.format("discipline.status." + v.status()));
      reason = null;
    } catch (DisciplineException e) {
      Notices.refused(e);
    }
  }

  private static org.zhaokao.plugins.api.security.Actor actor() {
    return RequestActor.of(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  public Long getIncidentId() {
    return incidentId;
  }

  public void setIncidentId(Long incidentId) {
    this.incidentId = incidentId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
