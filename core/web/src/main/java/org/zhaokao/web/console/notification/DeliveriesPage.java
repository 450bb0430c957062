package org.zhaokao.web.console.notification;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import org.zhaokao.notification.application.log.DeliveryFilter;
import org.zhaokao.notification.application.log.DeliveryLog;
import org.zhaokao.web.security.Login;

/**
 * The console's delivery log (投递记录): filter by recipient (account or address), event and status;
 * resend a failed delivery.
 */
@Named
@ViewScoped
public class DeliveriesPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PAGE = 100;

  @EJB private DeliveryLog log;
  @Inject private Login login;

  private String accountId;
  private String address;
  private String eventType;
  private String status;
  private List<DeliveryRow> rows = List.of();

  @PostConstruct
  void init() {
    search();
  }

  public void search() {
    rows =
        log
            .search(new DeliveryFilter(accountId, address, eventType, null, null, status, 0, PAGE))
            .stream()
            .map(DeliveryRow::new)
            .toList();
  }

  public void resend(String id) {
    DeliveryLog.Resend result = log.resend(login.actor(), id);
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    faces.addMessage(
        null,
        result == DeliveryLog.Resend.QUEUED
            ? new FacesMessage(
                FacesMessage.SEVERITY_INFO, msg.getString("console.deliveries.resent"), null)
            : new FacesMessage(
                FacesMessage.SEVERITY_WARN,
                msg.getString("console.deliveries.notResendable"),
                null));
    search();
  }

  public List<String> getStatuses() {
    return List.of("PENDING", "SENDING", "SENT", "FAILED");
  }

  public List<DeliveryRow> getRows() {
    return rows;
  }

  public String getAccountId() {
    return accountId;
  }

  public void setAccountId(String accountId) {
    this.accountId = accountId;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getEventType() {
    return eventType;
  }

  public void setEventType(String eventType) {
    this.eventType = eventType;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
