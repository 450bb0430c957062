package org.zhaokao.web.recruitment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.recruitment.application.ApplicationAttachments;
import org.zhaokao.recruitment.application.ApplicationView;
import org.zhaokao.recruitment.application.MyApplications;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/** "My applications" (我的报名): each with its status timeline and the review's reasons. */
@Named
@RequestScoped
public class MyApplicationsPage {

  @EJB private MyApplications mine;
  @EJB private ApplicationAttachments attachments;
  @Inject private Login login;

  private List<ApplicationView> applications;
  private final Map<Long, List<ApplicationAttachments.AttachmentView>> files = new HashMap<>();
  private transient UploadedFile file;
  private String kind = "PHOTO";

  public List<ApplicationView> getApplications() {
    if (applications == null) {
      applications = mine.list(login.actor());
    }
    return applications;
  }

  /** The photo and certificates of one of the candidate's applications. */
  public List<ApplicationAttachments.AttachmentView> attachments(long applicationId) {
    return files.computeIfAbsent(applicationId, id -> attachments.mine(login.actor(), id));
  }

  /** Attaches the chosen file as the chosen kind. */
  public void upload(long applicationId) {
    if (file == null || file.getSize() == 0) {
      PageMessages.error(null, "attachments.none");
      return;
    }
    try {
      attachments.upload(login.actor(), applicationId, kind, file.getFileName(), file.getContent());
      PageMessages.info("attachments.added");
      files.clear();
    } catch (InvalidInputException e) {
      PageMessages.problems(e);
    } catch (RuntimeException e) {
      Problems.show("applications", e);
    }
  }

  public void removeAttachment(long applicationId, long attachmentId) {
    try {
      attachments.remove(login.actor(), applicationId, attachmentId);
      PageMessages.info("attachments.removed");
      files.clear();
    } catch (RuntimeException e) {
      Problems.show("applications", e);
    }
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public void withdraw(long id) {
    try {
      mine.withdraw(login.actor(), id);
      PageMessages.info("applications.withdrawn");
      applications = null;
    } catch (RuntimeException e) {
      Problems.show("applications", e);
    }
  }
}
