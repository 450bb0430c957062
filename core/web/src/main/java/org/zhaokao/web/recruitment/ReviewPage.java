package org.zhaokao.web.recruitment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.zhaokao.recruitment.application.ApplicationView;
import org.zhaokao.recruitment.application.DecisionForm;
import org.zhaokao.recruitment.application.EmployerConfirmation;
import org.zhaokao.recruitment.application.Review;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * The reviewer's queue (资格审核): one recruitment's applications with the requirement check's flags,
 * filters by position and status, a decision panel (approve, reject or return with a reason from
 * the templates or typed), and bulk approval of the selected rows.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "review";

  @EJB private Review review;
  @EJB private EmployerConfirmation confirmation;
  @EJB private org.zhaokao.recruitment.application.ConfirmationDocuments documents;
  @EJB private org.zhaokao.recruitment.application.ReturnedReminders reminders;
  @EJB private org.zhaokao.recruitment.application.RecruitmentEditing editing;
  @Inject private Login login;

  private Long recruitmentId;
  private Long positionFilter;
  private String statusFilter = "SUBMITTED";
  private Long currentId;
  private String reasonCode;
  private String reasonText;
  private transient List<ApplicationView> rows;
  private transient List<ApplicationView> selected;
  private transient List<Review.Reason> reasons;
  private transient org.zhaokao.recruitment.application.RecruitmentView recruitment;

  /** The recruitment under review, with its positions for the filter. */
  public org.zhaokao.recruitment.application.RecruitmentView getRecruitment() {
    if (recruitment == null && recruitmentId != null) {
      try {
        recruitment = editing.view(login.actor(), recruitmentId);
      } catch (RuntimeException e) {
        return null;
      }
    }
    return recruitment;
  }

  public List<ApplicationView> getRows() {
    if (rows == null && recruitmentId != null) {
      try {
        rows = review.queue(login.actor(), recruitmentId, positionFilter, statusFilter, 0, 200);
      } catch (RuntimeException e) {
        rows = List.of();
        Problems.show(FORM, e);
      }
    }
    return rows == null ? List.of() : rows;
  }

  /** The application in the decision panel. */
  public ApplicationView getCurrent() {
    return currentId == null
        ? null
        : getRows().stream().filter(r -> r.id() == currentId).findFirst().orElse(null);
  }

  public List<Review.Reason> getReasons() {
    if (reasons == null) {
      reasons = review.reasons();
    }
    return reasons;
  }

  /** Whether the employer's confirmation document (用人单位确认书) can be downloaded. */
  public boolean isDocumentReady() {
    return recruitmentId != null && documents.ready(recruitmentId);
  }

  public void filter() {
    rows = null;
    currentId = null;
  }

  public void open(long id) {
    currentId = id;
    reasonCode = null;
    reasonText = null;
  }

  public void approve() {
    decide("APPROVE");
  }

  public void reject() {
    decide("REJECT");
  }

  public void sendBack() {
    decide("RETURN");
  }

  private void decide(String decision) {
    if (currentId == null) {
      return;
    }
    try {
      review.decide(login.actor(), currentId, new DecisionForm(decision, reasonCode, reasonText));
      PageMessages.info("review.decided." + decision);
      currentId = null;
      rows = null;
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  public void approveSelected() {
    if (selected == null || selected.isEmpty()) {
      PageMessages.error(null, "review.bulk.none");
      return;
    }
    try {
      Review.BulkResult result =
          review.approveAll(
              login.actor(), recruitmentId, selected.stream().map(ApplicationView::id).toList());
      PageMessages.info("review.bulk.done", result.approved().size(), result.skipped().size());
      rows = null;
      currentId = null;
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  /** Sends the decided applications to the employer for confirmation. */
  public void sendToEmployer() {
    try {
      PageMessages.info(
          "review.sentToEmployer", confirmation.send(login.actor(), recruitmentId).sent());
      rows = null;
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  /** Reminds the candidates whose application was returned and is not corrected yet. */
  public void remindReturned() {
    try {
      PageMessages.info(
          "review.reminded", reminders.remind(login.actor(), recruitmentId).reminded());
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  public Long getRecruitmentId() {
    return recruitmentId;
  }

  public void setRecruitmentId(Long recruitmentId) {
    this.recruitmentId = recruitmentId;
  }

  public Long getPositionFilter() {
    return positionFilter;
  }

  public void setPositionFilter(Long positionFilter) {
    this.positionFilter = positionFilter;
  }

  public String getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(String statusFilter) {
    this.statusFilter = statusFilter;
  }

  public String getReasonCode() {
    return reasonCode;
  }

  public void setReasonCode(String reasonCode) {
    this.reasonCode = reasonCode;
  }

  public String getReasonText() {
    return reasonText;
  }

  public void setReasonText(String reasonText) {
    this.reasonText = reasonText;
  }

  public List<ApplicationView> getSelected() {
    return selected;
  }

  public void setSelected(List<ApplicationView> selected) {
    this.selected = selected;
  }
}
