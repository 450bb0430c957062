package org.zhaokao.web.rest.admin;

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
import org.zhaokao.identity.application.EvidenceFile;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.web.rest.recruitment.AttachmentFiles;
import org.zhaokao.web.security.Login;

/**
 * A review queue of identity submissions with evidence (change requests, ID-number claims), for
 * holders of identity:review: the queue, one submission, its evidence as a download (each read
 * audited), approve, and refuse with body {@code {"reason": "..."}}. Each kind names its path and
 * hands each call to its application service.
 *
 * @param <V> the view of one submission
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class SubmissionReviewResource<V> {

  @Inject private Login login;

  /** The submissions waiting, oldest first. */
  protected abstract List<V> waiting(Actor actor);

  protected abstract V submission(Actor actor, long id);

  protected abstract EvidenceFile evidenceOf(Actor actor, long id);

  protected abstract V approved(Actor actor, long id);

  protected abstract V refused(Actor actor, long id, String reason);

  /** Who calls, for the endpoints a kind adds of its own. */
  protected Actor actor() {
    return login.actor();
  }

  /** The submissions waiting, oldest first. */
  @GET
  public List<V> queue() {
    return waiting(actor());
  }

  @GET
  @Path("{id: [0-9]+}")
  public V one(@PathParam("id") long id) {
    return submission(actor(), id);
  }

  /** The evidence, as a download; each read is audited. */
  @GET
  @Path("{id: [0-9]+}/evidence")
  @Produces(MediaType.WILDCARD)
  public Response evidence(@PathParam("id") long id) {
    EvidenceFile e = evidenceOf(actor(), id);
    return AttachmentFiles.download(e.fileName(), e.contentType(), e.content());
  }

  @POST
  @Path("{id: [0-9]+}/approve")
  public V approve(@PathParam("id") long id) {
    return approved(actor(), id);
  }

  /** Body {@code {"reason": "..."}}. */
  @POST
  @Path("{id: [0-9]+}/refuse")
  @Consumes(MediaType.APPLICATION_JSON)
  public V refuse(@PathParam("id") long id, JsonObject body) {
    return refused(actor(), id, body == null ? null : body.getString("reason", null));
  }
}
