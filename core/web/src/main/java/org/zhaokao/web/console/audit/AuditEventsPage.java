package org.zhaokao.web.console.audit;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.primefaces.model.LazyDataModel;
import org.zhaokao.audit.application.AuditViewer;
import org.zhaokao.audit.domain.AuditFilter;
import org.zhaokao.audit.domain.AuditQueryParser;
import org.zhaokao.audit.domain.InvalidAuditQueryException;

/**
 * The auditors' screen (审计日志查询): filters, a lazily loaded table, and exports to CSV and Excel
 * through the REST API with the same filters. The form's values go through the same parser as the
 * API's parameters, so both refuse the same things with the same words.
 */
@Named
@ViewScoped
public class AuditEventsPage implements Serializable, AuditLazyModel.FilterSource {

  private static final long serialVersionUID = 1L;

  @EJB private AuditViewer viewer;

  private LocalDateTime from;
  private LocalDateTime to;
  private String actor;
  private String action;
  private String targetType;
  private String targetId;
  private String result;

  private AuditFilter applied = AuditFilter.none();
  private Map<String, String> appliedParams = Map.of();
  private LazyDataModel<AuditRow> model;

  public LazyDataModel<AuditRow> getModel() {
    if (model == null) {
      model = new AuditLazyModel(viewer, this);
    }
    return model;
  }

  @Override
  public AuditFilter filter() {
    return applied;
  }

  /** Applies the form; a refused field is reported next to the table and nothing changes. */
  public void search() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("from", iso(from));
    params.put("to", iso(to));
    params.put("actor", actor);
    params.put("action", action);
    params.put("targetType", targetType);
    params.put("targetId", targetId);
    params.put("result", result);
    AuditQueryParser parser = new AuditQueryParser();
    AuditFilter filter =
        parser.filter(
            params.get("from"), params.get("to"), actor, action, targetType, targetId, result);
    try {
      parser.check();
    } catch (InvalidAuditQueryException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      e.errors()
          .forEach(
              f ->
                  faces.addMessage(
                      null, new FacesMessage(FacesMessage.SEVERITY_ERROR, f.message(), null)));
      return;
    }
    applied = filter;
    appliedParams = params;
  }

  public void reset() {
    from = null;
    to = null;
    actor = null;
    action = null;
    targetType = null;
    targetId = null;
    result = null;
    applied = AuditFilter.none();
    appliedParams = Map.of();
  }

  /** The REST export of what the table shows, {@code csv} or {@code xlsx}. */
  public String exportUrl(String extension) {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
    appliedParams.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
          }
        });
    return context + "/api/v1/admin/audit/events." + extension + query;
  }

  private static String iso(LocalDateTime local) {
    return local == null ? null : local.atZone(AuditRow.SHOWN_IN).toOffsetDateTime().toString();
  }

  public LocalDateTime getFrom() {
    return from;
  }

  public void setFrom(LocalDateTime from) {
    this.from = from;
  }

  public LocalDateTime getTo() {
    return to;
  }

  public void setTo(LocalDateTime to) {
    this.to = to;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getTargetType() {
    return targetType;
  }

  public void setTargetType(String targetType) {
    this.targetType = targetType;
  }

  public String getTargetId() {
    return targetId;
  }

  public void setTargetId(String targetId) {
    this.targetId = targetId;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }
}
