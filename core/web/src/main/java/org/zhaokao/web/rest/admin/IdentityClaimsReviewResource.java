package org.zhaokao.web.rest.admin;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.zhaokao.identity.application.ClaimDecisions;
import org.zhaokao.identity.application.IdentityClaimView;
import org.zhaokao.identity.application.IdentityClaiming;
import org.zhaokao.identity.application.retention.ClaimEvidenceRetention;
import org.zhaokao.web.rest.recruitment.AttachmentFiles;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.security.SessionAdministration;

/**
 * The review queue of ID-number claims (身份证号认领审核), for holders of identity:review. Approving moves
 * the number to a new account for the claimant, disables the account that held it and ends that
 * account's sessions.
 */
@Path("/admin/identity-claims")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityClaimsReviewResource {

  @Inject private Login login;
  @Inject private SessionAdministration sessions;
  @EJB private IdentityClaiming claiming;
  @EJB private ClaimDecisions decisions;
  @EJB private ClaimEvidenceRetention retention;

  /** The claims waiting, oldest first. */
  @GET
  public List<IdentityClaimView> queue() {
    return claiming.queue(login.actor());
  }

  @GET
  @Path("{id: [0-9]+}")
  public IdentityClaimView one(@PathParam("id") long id) {
    return claiming.find(login.actor(), id);
  }

  /** The photo of the ID card, as a download; each read is audited. */
  @GET
  @Path("{id: [0-9]+}/evidence")
  @Produces(MediaType.WILDCARD)
  public Response evidence(@PathParam("id") long id) {
    IdentityClaiming.Evidence e = claiming.evidence(login.actor(), id);
    return AttachmentFiles.download(e.fileName(), e.contentType(), e.content());
  }

  @POST
  @Path("{id: [0-9]+}/approve")
  public IdentityClaimView approve(@PathParam("id") long id) {
    IdentityClaimView approved = decisions.approve(login.actor(), id);
    sessions.endAll(approved.holderAccountId());
    return approved;
  }

  /**
   * Purges now the evidence of claims decided longer ago than the configured retention (the daily
   * timer does the same); answers what it did.
   */
  @POST
  @Path("retention/run")
  public ClaimEvidenceRetention.Run purgeEvidence() {
    return retention.purgeNow(login.actor());
  }

  /** Body {@code {"reason": "..."}}. */
  @POST
  @Path("{id: [0-9]+}/refuse")
  @Consumes(MediaType.APPLICATION_JSON)
  public IdentityClaimView refuse(@PathParam("id") long id, JsonObject body) {
    return decisions.refuse(
        login.actor(), id, body == null ? null : body.getString("reason", null));
  }
}
