package org.zhaokao.web.rest.complaint;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.zhaokao.content.application.ComplaintDesk;
import org.zhaokao.content.application.ComplaintForm;
import org.zhaokao.content.application.ComplaintStatusView;
import org.zhaokao.web.security.Login;

/**
 * Complaints from anyone (投诉): file one (a logged-in candidate's is tied to the account), and look
 * it up with the ticket number and the contact given — a POST, so the contact stays out of URLs and
 * logs.
 */
@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintsResource {

  @EJB private ComplaintDesk desk;
  @Inject private Login login;

  /** 201 with the ticket number and the promised answer date. */
  @POST
  public Response file(ComplaintForm form) {
    ComplaintStatusView filed = desk.file(login.actor(), form);
    return Response.created(URI.create("complaints/" + filed.ticket())).entity(filed).build();
  }

  /** {@code {"ticket": ..., "contact": ...}}; 404 unless both match. */
  @POST
  @Path("status")
  public ComplaintStatusView status(Lookup lookup) {
    return lookup == null
        ? desk.lookUp(null, null)
        : desk.lookUp(lookup.ticket(), lookup.contact());
  }

  /** The status page's question. */
  public record Lookup(String ticket, String contact) {}
}
