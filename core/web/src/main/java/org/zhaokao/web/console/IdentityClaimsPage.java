package org.zhaokao.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.zhaokao.identity.application.ClaimDecisions;
import org.zhaokao.identity.application.IdentityClaimView;
import org.zhaokao.identity.application.IdentityClaiming;
import org.zhaokao.web.recruitment.Problems;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.security.SessionAdministration;
import org.zhaokao.web.support.PageMessages;

/** The review queue of ID-number claims (身份证号认领审核). */
@Named
@RequestScoped
public class IdentityClaimsPage {

  @EJB private IdentityClaiming claiming;
  @EJB private ClaimDecisions decisions;
  @Inject private Login login;
  @Inject private SessionAdministration sessions;

  private List<IdentityClaimView> rows;
  private String reason;

  public List<IdentityClaimView> getRows() {
    if (rows == null) {
      rows = claiming.queue(login.actor());
    }
    return rows;
  }

  public void approve(long id) {
    try {
      IdentityClaimView approved = decisions.approve(login.actor(), id);
      sessions.endAll(approved.holderAccountId());
      PageMessages.info("identityClaims.approved");
      rows = null;
    } catch (RuntimeException e) {
      Problems.show("identity-claims", e);
    }
  }

  public void refuse(long id) {
    try {
      decisions.refuse(login.actor(), id, reason);
      PageMessages.info("identityClaims.refused");
      rows = null;
      reason = null;
    } catch (RuntimeException e) {
      Problems.show("identity-claims", e);
    }
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
