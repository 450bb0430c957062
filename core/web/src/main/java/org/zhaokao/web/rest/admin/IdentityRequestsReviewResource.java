package org.zhaokao.web.rest.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.zhaokao.identity.application.EvidenceFile;
import org.zhaokao.identity.application.IdentityChangeView;
import org.zhaokao.identity.application.IdentityChanges;
import org.zhaokao.plugins.api.security.Actor;

/** The review queue of name / ID-number change requests, for holders of identity:review. */
@Path("/admin/identity-requests")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityRequestsReviewResource extends SubmissionReviewResource<IdentityChangeView> {

  @EJB private IdentityChanges changes;

  @Override
  protected List<IdentityChangeView> waiting(Actor actor) {
    return changes.queue(actor);
  }

  @Override
  protected IdentityChangeView submission(Actor actor, long id) {
    return changes.find(actor, id);
  }

  @Override
  protected EvidenceFile evidenceOf(Actor actor, long id) {
    return changes.evidence(actor, id);
  }

  @Override
  protected IdentityChangeView approved(Actor actor, long id) {
    return changes.approve(actor, id);
  }

  @Override
  protected IdentityChangeView refused(Actor actor, long id, String reason) {
    return changes.refuse(actor, id, reason);
  }
}
