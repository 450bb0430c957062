package org.zhaokao.web.rest.admin;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.zhaokao.identity.application.ClaimDecisions;
import org.zhaokao.identity.application.EvidenceFile;
import org.zhaokao.identity.application.IdentityClaimView;
import org.zhaokao.identity.application.IdentityClaiming;
import org.zhaokao.identity.application.retention.ClaimEvidenceRetention;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.web.security.SessionAdministration;

/**
 * The review queue of ID-number claims (身份证号认领审核), for holders of identity:review; the evidence is
 * the photo of the ID card. Approving moves the number to a new account for the claimant, disables
 * the account that held it and ends that account's sessions.
 */
@Path("/admin/identity-claims")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityClaimsReviewResource extends SubmissionReviewResource<IdentityClaimView> {

  @Inject private SessionAdministration sessions;
  @EJB private IdentityClaiming claiming;
  @EJB private ClaimDecisions decisions;
  @EJB private ClaimEvidenceRetention retention;

  @Override
  protected List<IdentityClaimView> waiting(Actor actor) {
    return claiming.queue(actor);
  }

  @Override
  protected IdentityClaimView submission(Actor actor, long id) {
    return claiming.find(actor, id);
  }

  @Override
  protected EvidenceFile evidenceOf(Actor actor, long id) {
    return claiming.evidence(actor, id);
  }

  @Override
  protected IdentityClaimView approved(Actor actor, long id) {
    IdentityClaimView approved = decisions.approve(actor, id);
    sessions.endAll(approved.holderAccountId());
    return approved;
  }

  @Override
  protected IdentityClaimView refused(Actor actor, long id, String reason) {
    return decisions.refuse(actor, id, reason);
  }

  /**
   * Purges now the evidence of claims decided longer ago than the configured retention (the daily
   * timer does the same); answers what it did.
   */
  @POST
  @Path("retention/run")
  public ClaimEvidenceRetention.Run purgeEvidence() {
    return retention.purgeNow(actor());
  }
}
