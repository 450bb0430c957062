package org.zhaokao.web.console.complaint;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.zhaokao.content.application.ComplaintDesk;
import org.zhaokao.content.application.ComplaintHandling;
import org.zhaokao.content.application.ComplaintStatusView;
import org.zhaokao.content.application.ComplaintView;
import org.zhaokao.content.domain.complaint.ComplaintChannel;
import org.zhaokao.web.content.ComplaintFields;
import org.zhaokao.web.recruitment.Problems;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * The console's complaints list (投诉处理), newest first, open complaints past their promised date
 * highlighted; and the form on which staff enter a complaint received by phone or e-mail.
 */
@Named
@ViewScoped
public class ComplaintsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "complaints";

  @EJB private ComplaintHandling handling;
  @EJB private ComplaintDesk desk;
  @Inject private Login login;

  private transient List<ComplaintView> rows;
  private ComplaintChannel channel = ComplaintChannel.PHONE;
  private final ComplaintFields complaint = new ComplaintFields();

  public List<ComplaintView> getRows() {
    if (rows == null) {
      try {
        rows = handling.list(login.actor());
      } catch (RuntimeException e) {
        rows = List.of();
        Problems.show(FORM, e);
      }
    }
    return rows;
  }

  /** Enters a phone or e-mail complaint. */
  public void enter() {
    try {
      ComplaintStatusView filed = desk.enter(login.actor(), complaint.toForm(channel));
      PageMessages.info("complaints.entered", filed.ticket(), filed.dueOn().toString());
      complaint.clear();
      rows = null;
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  public boolean isMayHandle() {
    return login.actor().isPermitted("complaint:handle");
  }

  public ComplaintChannel[] getChannels() {
    return new ComplaintChannel[] {ComplaintChannel.PHONE, ComplaintChannel.EMAIL};
  }

  public ComplaintChannel getChannel() {
    return channel;
  }

  public void setChannel(ComplaintChannel channel) {
    this.channel = channel;
  }

  public ComplaintFields getComplaint() {
    return complaint;
  }
}
