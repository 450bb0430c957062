package org.zhaokao.archiving.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.zhaokao.archiving.application.ArchiveBuilding;
import org.zhaokao.archiving.application.ArchiveDestruction;
import org.zhaokao.archiving.application.ArchiveRecords;
import org.zhaokao.archiving.application.ArchiveView;
import org.zhaokao.archiving.application.VerificationView;
import org.zhaokao.archiving.domain.ArchivingException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.security.web.RequestActor;

/**
 * Backs the archives screen: every archive with its seal and retention, the form to build one, and
 * the verify / download / destroy actions on each row.
 */
@Named
@ViewScoped
public class ArchivesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ArchiveRecords records;
  @Inject private transient ArchiveBuilding building;
  @Inject private transient ArchiveDestruction destruction;

  private Long recruitmentId;
  private Integer retentionYears;
  private String reason;

  public List<ArchiveView> getArchives() {
    return records.list(actor());
  }

  public List<ArchiveView> getDue() {
    return records.dueForDestruction(actor());
  }

  public void build() {
    attempt(
        () -> {
          ArchiveView v = building.build(actor(), recruitmentId, retentionYears);
          info("archiving.built", v.id(), v.manifestSha256());
        });
  }

  public void verify(long id) {
    attempt(
        () -> {
          VerificationView v = records.verifyKept(actor(), id);
          if (v.intact()) {
            info("archiving.verify.intact", id, v.filesChecked());
          } else {
            error(text("archiving.verify.tampered", id, String.join("; ", v.problems())));
          }
        });
  }

  public void requestDestruction(long id) {
    attempt(
        () -> {
          destruction.request(actor(), id, reason);
          info("archiving.destruction.requested", id);
          reason = null;
        });
  }

  public void approveDestruction(long id) {
    attempt(
        () -> {
          destruction.approve(actor(), id);
          info("archiving.destruction.done", id);
        });
  }

  public void hold(long id) {
    attempt(
        () -> {
          destruction.hold(actor(), id, reason);
          info("archiving.hold.placed", id);
          reason = null;
        });
  }

  public void release(long id) {
    attempt(
        () -> {
          destruction.release(actor(), id);
          info("archiving.hold.released", id);
        });
  }

  private void attempt(Runnable action) {
    try {
      action.run();
    } catch (ArchivingException e) {
      error(e.getMessage());
    }
  }

  private void info(String key, Object... args) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
  }

  private static void error(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  private static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "ar");
    return MessageFormat.format(bundle.getString(key), args);
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

  public Integer getRetentionYears() {
    return retentionYears;
  }

  public void setRetentionYears(Integer retentionYears) {
    this.retentionYears = retentionYears;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
