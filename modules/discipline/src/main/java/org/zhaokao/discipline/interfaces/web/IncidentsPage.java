package org.zhaokao.discipline.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.zhaokao.discipline.application.Catalogue;
import org.zhaokao.discipline.application.IncidentIntakeService;
import org.zhaokao.discipline.application.IncidentView;
import org.zhaokao.discipline.application.IncidentWorkflow;
import org.zhaokao.discipline.application.ReportForm;
import org.zhaokao.discipline.application.ViolationTypeView;
import org.zhaokao.discipline.domain.DisciplineException;
import org.zhaokao.discipline.domain.incident.IncidentStatus;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.security.web.RequestActor;

/**
 * Backs the incidents screen: the latest incidents, filtered by status, and the form to report one
 * by hand.
 */
@Named
@ViewScoped
public class IncidentsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient IncidentWorkflow workflow;
  @Inject private transient IncidentIntakeService intake;
  @Inject private transient Catalogue catalogue;

  private Long recruitmentId;
  private Long applicationId;
  private String stageId;
  private String violationType;
  private String facts;
  private String evidence;
  private String status;

  /** The incidents, filtered by the status chosen (all when none). */
  public List<IncidentView> getIncidents() {
    return workflow.list(actor(), status);
  }

  public List<String> getStatuses() {
    return Arrays.stream(IncidentStatus.values()).map(Enum::name).toList();
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public List<ViolationTypeView> getTypes() {
    return catalogue.current(actor());
  }

  /** Reports the incident typed into the form; a refusal is shown next to it. */
  public void report() {
    try {
      List<String> refs =
          evidence == null
              ? List.of()
              : Arrays.stream(evidence.split("\\R"))
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .toList();
      IncidentView v =
          intake.reportByHand(
              actor(),
              new ReportForm(recruitmentId, applicationId, stageId, violationType, facts, refs));
      Notices.info("discipline.msg.reported", String.valueOf(v.id()));
      facts = null;
      evidence = null;
    } catch (DisciplineException e) {
      Notices.refused(e);
    }
  }

  private static Actor actor() {
    return RequestActor.of(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  public Long getRecruitmentId() {
    return recruitmentId;
  }

  public void setRecruitmentId(Long recruitmentId) {
    this.recruitmentId = recruitmentId;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public void setApplicationId(Long applicationId) {
    this.applicationId = applicationId;
  }

  public String getStageId() {
    return stageId;
  }

  public void setStageId(String stageId) {
    this.stageId = stageId;
  }

  public String getViolationType() {
    return violationType;
  }

  public void setViolationType(String violationType) {
    this.violationType = violationType;
  }

  public String getFacts() {
    return facts;
  }

  public void setFacts(String facts) {
    this.facts = facts;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }
}
