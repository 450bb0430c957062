package org.zhaokao.web.rest.complaint;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.zhaokao.content.application.ComplaintDesk;
import org.zhaokao.content.application.ComplaintForm;
import org.zhaokao.content.application.ComplaintHandling;
import org.zhaokao.content.application.ComplaintStatusView;
import org.zhaokao.content.application.ComplaintView;
import org.zhaokao.web.security.Login;

/**
 * Complaints in the console: the list (overdue flagged), one complaint, entering a phone or e-mail
 * complaint, assignment, internal notes and the reply. The use cases check {@code complaint:view},
 * {@code complaint:handle} and {@code complaint:reply}.
 */
@Path("/admin/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminComplaintsResource {

  @EJB private ComplaintHandling handling;
  @EJB private ComplaintDesk desk;
  @Inject private Login login;

  @GET
  public List<ComplaintView> list() {
    return handling.list(login.actor());
  }

  /** A complaint received by phone or e-mail ({@code "channel": "PHONE"|"EMAIL"}). */
  @POST
  public Response enter(ComplaintForm form) {
    ComplaintStatusView filed = desk.enter(login.actor(), form);
    return Response.created(URI.create("complaints/" + filed.ticket())).entity(filed).build();
  }

  @GET
  @Path("{id: [0-9]+}")
  public ComplaintView get(@PathParam("id") long id) {
    return handling.view(login.actor(), id);
  }

  /** {@code {"assigneeId": 42}}. */
  @POST
  @Path("{id: [0-9]+}/assignment")
  public ComplaintView assign(@PathParam("id") long id, Map<String, Long> body) {
    return handling.assign(login.actor(), id, body == null ? null : body.get("assigneeId"));
  }

  /** {@code {"text": ...}}. */
  @POST
  @Path("{id: [0-9]+}/notes")
  public ComplaintView note(@PathParam("id") long id, Map<String, String> body) {
    return handling.note(login.actor(), id, body == null ? null : body.get("text"));
  }

  /** {@code {"text": ...}}: answers and notifies the complainant. */
  @POST
  @Path("{id: [0-9]+}/reply")
  public ComplaintView reply(@PathParam("id") long id, Map<String, String> body) {
    return handling.reply(login.actor(), id, body == null ? null : body.get("text"));
  }
}
