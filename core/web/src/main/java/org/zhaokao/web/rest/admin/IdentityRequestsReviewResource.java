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
import org.zhaokao.identity.application.IdentityChangeView;
import org.zhaokao.identity.application.IdentityChanges;
import org.zhaokao.web.rest.recruitment.AttachmentFiles;
import org.zhaokao.web.security.Login;

/** The review queue of name / ID-number change requests, for holders of identity:review. */
@Path("/admin/identity-requests")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityRequestsReviewResource {

  @Inject private Login login;
  @EJB private IdentityChanges changes;

  /** The requests waiting, oldest first. */
  @GET
  public List<IdentityChangeView> queue() {
    return changes.queue(login.actor());
  }

  @GET
  @Path("{id: [0-9]+}")
  public IdentityChangeView one(@PathParam("id") long id) {
    return changes.find(login.actor(), id);
  }

  /** The evidence, as a download; each read is audited. */
  @GET
  @Path("{id: [0-9]+}/evidence")
  @Produces(MediaType.WILDCARD)
  public Response evidence(@PathParam("id") long id) {
    IdentityChanges.Evidence e = changes.evidence(login.actor(), id);
    return AttachmentFiles.download(e.fileName(), e.contentType(), e.content());
  }

  @POST
  @Path("{id: [0-9]+}/approve")
  public IdentityChangeView approve(@PathParam("id") long id) {
    return changes.approve(login.actor(), id);
  }

  /** Body {@code {"reason": "..."}}. */
  @POST
  @Path("{id: [0-9]+}/refuse")
  @Consumes(MediaType.APPLICATION_JSON)
  public IdentityChangeView refuse(@PathParam("id") long id, JsonObject body) {
    return changes.refuse(login.actor(), id, body == null ? null : body.getString("reason", null));
  }
}
