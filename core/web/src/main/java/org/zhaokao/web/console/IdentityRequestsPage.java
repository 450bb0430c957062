package org.zhaokao.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.zhaokao.identity.application.IdentityChangeView;
import org.zhaokao.identity.application.IdentityChanges;
import org.zhaokao.web.recruitment.Problems;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/** The review queue of name / ID-number change requests (实名信息变更审核). */
@Named
@RequestScoped
public class IdentityRequestsPage {

  @EJB private IdentityChanges changes;
  @Inject private Login login;

  private List<IdentityChangeView> rows;
  private String reason;

  public List<IdentityChangeView> getRows() {
    if (rows == null) {
      rows = changes.queue(login.actor());
    }
    return rows;
  }

  public void approve(long id) {
    try {
      changes.approve(login.actor(), id);
      PageMessages.info("identityRequests.approved");
      rows = null;
    } catch (RuntimeException e) {
      Problems.show("identity-requests", e);
    }
  }

  public void refuse(long id) {
    try {
      changes.refuse(login.actor(), id, reason);
      PageMessages.info("identityRequests.refused");
      rows = null;
      reason = null;
    } catch (RuntimeException e) {
      Problems.show("identity-requests", e);
    }
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
