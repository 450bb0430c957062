package org.zhaokao.web.recruitment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.zhaokao.recruitment.application.ApplicationView;
import org.zhaokao.recruitment.application.ConfirmationDocuments;
import org.zhaokao.recruitment.application.EmployerConfirmation;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * The employer's confirmation screen (审核结果确认): the review decisions sent to the employer, each with
 * the requirement check's flags and the reason, confirmed or disputed one by one with a comment.
 */
@Named
@ViewScoped
public class ConfirmationPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "confirmation";

  @EJB private EmployerConfirmation confirmation;
  @EJB private ConfirmationDocuments documents;
  @Inject private Login login;

  private Long recruitmentId;
  private String comment;
  private transient List<ApplicationView> rows;
  private Boolean documentReady;

  public List<ApplicationView> getRows() {
    if (rows == null && recruitmentId != null) {
      try {
        rows = confirmation.awaiting(login.actor(), recruitmentId, 0, 200);
      } catch (RuntimeException e) {
        rows = List.of();
        Problems.show(FORM, e);
      }
    }
    return rows == null ? List.of() : rows;
  }

  public void confirm(long applicationId) {
    try {
      confirmation.confirm(login.actor(), applicationId, comment);
      PageMessages.info("confirmation.confirmed");
      done();
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  public void dispute(long applicationId) {
    try {
      confirmation.dispute(login.actor(), applicationId, comment);
      PageMessages.info("confirmation.disputed");
      done();
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  /** Whether the employer's confirmation document (用人单位确认书) can be downloaded. */
  public boolean isDocumentReady() {
    if (documentReady == null) {
      documentReady = recruitmentId != null && documents.ready(recruitmentId);
    }
    return documentReady;
  }

  private void done() {
    rows = null;
    documentReady = null;
    comment = null;
  }

  public Long getRecruitmentId() {
    return recruitmentId;
  }

  public void setRecruitmentId(Long recruitmentId) {
    this.recruitmentId = recruitmentId;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
