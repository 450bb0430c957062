package org.zhaokao.web.recruitment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.zhaokao.recruitment.application.AdmissionTickets;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * The admission-ticket numbering (准考证号) on a recruitment's editor: the pattern, fixed once a number
 * is issued, how many were issued, and issuing the numbers still missing.
 */
@Named
@ViewScoped
public class TicketNumberingPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "ticketNumbering";

  @EJB private AdmissionTickets tickets;
  @Inject private Login login;
  @Inject private RecruitmentsPage recruitment;

  private AdmissionTickets.Numbering numbering;
  private String pattern;

  /** The recruitment's numbering, read once per view. */
  public AdmissionTickets.Numbering getNumbering() {
    if (numbering == null && recruitment.getId() != null) {
      try {
        numbering = tickets.numbering(login.actor(), recruitment.getId());
        pattern = numbering.pattern();
      } catch (RuntimeException e) {
        Problems.show(FORM, e);
      }
    }
    return numbering;
  }

  public void save() {
    try {
      numbering = tickets.setPattern(login.actor(), recruitment.getId(), pattern);
      PageMessages.info("tickets.pattern.saved");
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  public void issueMissing() {
    try {
      int issued = tickets.issueMissing(login.actor(), recruitment.getId());
      numbering = null;
      PageMessages.info("tickets.issued", issued);
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  public String getPattern() {
    return pattern;
  }

  public void setPattern(String pattern) {
    this.pattern = pattern;
  }
}
