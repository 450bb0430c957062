package org.zhaokao.web.recruitment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.zhaokao.recruitment.application.ApplicationView;
import org.zhaokao.recruitment.application.SecondReview;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * The second-level review (复审) on the review page: whether the recruitment has it (an editor turns
 * it on or off), and the decisions waiting for a second reviewer, each agreed or overruled with a
 * comment.
 */
@Named
@ViewScoped
public class SecondReviewPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "second";

  @EJB private SecondReview secondReview;
  @Inject private Login login;

  private Long recruitmentId;
  private String comment;
  private transient Boolean enabled;
  private transient List<ApplicationView> awaiting;

  public boolean isEnabled() {
    if (enabled == null && recruitmentId != null) {
      try {
        enabled = secondReview.settings(login.actor(), recruitmentId).secondReview();
      } catch (RuntimeException e) {
        enabled = false;
      }
    }
    return Boolean.TRUE.equals(enabled);
  }

  public List<ApplicationView> getAwaiting() {
    if (awaiting == null && isEnabled()) {
      try {
        awaiting = secondReview.awaiting(login.actor(), recruitmentId, 0, 200);
      } catch (RuntimeException e) {
        awaiting = List.of();
        Problems.show(FORM, e);
      }
    }
    return awaiting == null ? List.of() : awaiting;
  }

  /** Turns the second review on when off, off when on. */
  public void toggle() {
    try {
      boolean on =
          secondReview
              .configure(login.actor(), recruitmentId, new SecondReview.Settings(!isEnabled()))
              .secondReview();
      PageMessages.info(on ? "review.second.on" : "review.second.off");
      enabled = on;
      awaiting = null;
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  public void agree(long applicationId) {
    verdict(applicationId, true);
  }

  public void overrule(long applicationId) {
    verdict(applicationId, false);
  }

  private void verdict(long applicationId, boolean agree) {
    try {
      secondReview.check(login.actor(), applicationId, new SecondReview.CheckForm(agree, comment));
      PageMessages.info(agree ? "review.second.agreed" : "review.second.overruled");
      comment = null;
      awaiting = null;
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

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
