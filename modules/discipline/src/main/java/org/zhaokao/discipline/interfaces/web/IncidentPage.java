package org.zhaokao.discipline.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.zhaokao.discipline.application.DecisionForm;
import org.zhaokao.discipline.application.IncidentView;
import org.zhaokao.discipline.application.IncidentWorkflow;
import org.zhaokao.discipline.domain.DisciplineException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.security.web.RequestActor;

/**
 * Backs the incident screen (事件详情): the facts and evidence, then the step its status allows —
 * investigate, decide (only the sanctions its violation type allows), approve or refuse a
 * blacklisting as the second officer, resolve the appeal, reinstate a score voided in error, close
 * after the deadline. A refusal is shown on the page and changes nothing.
 */
@Named
@ViewScoped
public class IncidentPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient IncidentWorkflow workflow;

  private Long id;
  private IncidentView incident;
  private String findings;
  private List<String> sanctions = List.of();
  private Integer blacklistYears;
  private String blacklistScope = "ALL";
  private String reason;
  private Boolean upheld;
  private String note;
  private String reinstateNote;

  /** Loads the incident named by the {@code id} view parameter. */
  public void load() {
    if (id == null) {
      Notices.error("discipline.msg.noIncident");
      return;
    }
    run(() -> workflow.get(actor(), id));
  }

  public void investigate() {
    run(() -> workflow.investigate(actor(), id, findings));
  }

  public void decide() {
    run(
        () ->
            workflow.decide(
                actor(), id, new DecisionForm(sanctions, blacklistYears, blacklistScope, reason)));
  }

  public void approve() {
    run(() -> workflow.approve(actor(), id, true));
  }

  public void refuse() {
    run(() -> workflow.approve(actor(), id, false));
  }

  public void resolve() {
    run(() -> workflow.resolveAppeal(actor(), id, upheld, note));
  }

  /**
   * The score the decision voided in error comes back (or is proposed to, in a published stage).
   */
  public void reinstateScore() {
    boolean before = incident != null && incident.scoreReinstated();
    run(() -> workflow.reinstateScore(actor(), id, reinstateNote));
    if (!before && incident != null && incident.scoreReinstated()) {
      Notices.info("discipline.msg.scoreReinstated");
    }
  }

  public void close() {
    run(() -> workflow.close(actor(), id));
  }

  private void run(Supplier<IncidentView> step) {
    try {
      incident = step.get();
      if (findings == null) {
        findings = incident.findings();
      }
    } catch (DisciplineException e) {
      Notices.refused(e);
    }
  }

  private static Actor actor() {
    return RequestActor.of(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  /** Whether the incident is in this status (the screen shows the step it allows). */
  public boolean is(String status) {
    return incident != null && incident.status().equals(status);
  }

  public IncidentView getIncident() {
    return incident;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getFindings() {
    return findings;
  }

  public void setFindings(String findings) {
    this.findings = findings;
  }

  public List<String> getSanctions() {
    return sanctions;
  }

  public void setSanctions(List<String> sanctions) {
    this.sanctions = sanctions == null ? List.of() : sanctions;
  }

  public Integer getBlacklistYears() {
    return blacklistYears;
  }

  public void setBlacklistYears(Integer blacklistYears) {
    this.blacklistYears = blacklistYears;
  }

  public String getBlacklistScope() {
    return blacklistScope;
  }

  public void setBlacklistScope(String blacklistScope) {
    this.blacklistScope = blacklistScope;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Boolean getUpheld() {
    return upheld;
  }

  public void setUpheld(Boolean upheld) {
    this.upheld = upheld;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getReinstateNote() {
    return reinstateNote;
  }

  public void setReinstateNote(String reinstateNote) {
    this.reinstateNote = reinstateNote;
  }
}
