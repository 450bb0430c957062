package org.zhaokao.web.content;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.zhaokao.content.application.ComplaintDesk;
import org.zhaokao.content.application.ComplaintStatusView;
import org.zhaokao.content.domain.complaint.ComplaintChannel;
import org.zhaokao.web.recruitment.Problems;
import org.zhaokao.web.security.Login;

/**
 * The portal's complaint form (我要投诉), for visitors and candidates alike: after filing it shows the
 * ticket number and the promised answer date, to keep for the status page.
 */
@Named
@ViewScoped
public class ComplaintFilingPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "complaint";

  @EJB private ComplaintDesk desk;
  @Inject private Login login;

  private final ComplaintFields complaint = new ComplaintFields();
  private ComplaintStatusView filed;

  public void file() {
    try {
      filed = desk.file(login.actor(), complaint.toForm(ComplaintChannel.WEB));
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  public ComplaintStatusView getFiled() {
    return filed;
  }

  public ComplaintFields getComplaint() {
    return complaint;
  }
}
