package org.zhaokao.web.content;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.zhaokao.content.application.ComplaintDesk;
import org.zhaokao.content.application.ComplaintStatusView;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.web.support.PageMessages;

/**
 * The complaint status page (投诉查询): the ticket number and the contact given when filing show the
 * state, the promised date and the reply. A wrong pair gets the same answer as an unknown ticket.
 */
@Named
@ViewScoped
public class ComplaintStatusPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ComplaintDesk desk;

  private String ticket;
  private String contact;
  private ComplaintStatusView result;

  public void lookUp() {
    try {
      result = desk.lookUp(ticket, contact);
    } catch (RecordNotFoundException e) {
      result = null;
      PageMessages.error(null, "complaint.status.notFound");
    }
  }

  public ComplaintStatusView getResult() {
    return result;
  }

  public String getTicket() {
    return ticket;
  }

  public void setTicket(String ticket) {
    this.ticket = ticket;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }
}
