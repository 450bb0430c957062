package org.zhaokao.web.console.complaint;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.zhaokao.content.application.ComplaintHandling;
import org.zhaokao.content.application.ComplaintView;
import org.zhaokao.web.recruitment.Problems;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * One complaint in the console: the complainant's words, the deadline, the assignee, the internal
 * notes, and the reply that is sent to the complainant.
 */
@Named
@ViewScoped
public class ComplaintPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "complaint";

  @EJB private ComplaintHandling handling;
  @Inject private Login login;

  private Long id;
  private ComplaintView complaint;
  private Long assigneeId;
  private String noteText;
  private String replyText;

  /** Loads the complaint named by {@code ?id=} (f:viewAction). */
  public void load() {
    if (id != null && complaint == null) {
      try {
        complaint = handling.view(login.actor(), id);
        assigneeId = complaint.assigneeId();
      } catch (RuntimeException e) {
        Problems.show(FORM, e);
      }
    }
  }

  public void assignToMe() {
    assigneeId = login.actor().accountId();
    assign();
  }

  public void assign() {
    try {
      complaint = handling.assign(login.actor(), id, assigneeId);
      PageMessages.info("complaint.assigned");
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  public void note() {
    try {
      complaint = handling.note(login.actor(), id, noteText);
      noteText = null;
      PageMessages.info("complaint.noted");
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  public void reply() {
    try {
      complaint = handling.reply(login.actor(), id, replyText);
      replyText = null;
      PageMessages.info("complaint.replied");
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  public boolean isMayHandle() {
    return login.actor().isPermitted("complaint:handle");
  }

  public boolean isMayReply() {
    return login.actor().isPermitted("complaint:reply");
  }

  public ComplaintView getComplaint() {
    return complaint;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getAssigneeId() {
    return assigneeId;
  }

  public void setAssigneeId(Long assigneeId) {
    this.assigneeId = assigneeId;
  }

  public String getNoteText() {
    return noteText;
  }

  public void setNoteText(String noteText) {
    this.noteText = noteText;
  }

  public String getReplyText() {
    return replyText;
  }

  public void setReplyText(String replyText) {
    this.replyText = replyText;
  }
}
