package org.zhaokao.web.rest.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.zhaokao.plugins.api.audit.AuditResult;
import org.zhaokao.web.security.RequestAudit;
import org.zhaokao.web.security.SessionAdministration;

/** Who is logged in now, and ending a session. */
@Path("/admin/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

  @Inject private SessionAdministration sessions;
  @Inject private RequestAudit audit;

  @GET
  public List<SessionAdministration.SessionView> list() {
    return sessions.active();
  }

  @DELETE
  @Path("{handle}")
  public Response end(@PathParam("handle") String handle) {
    if (!sessions.end(handle)) {
      throw new NotFoundException("No active session " + handle);
    }
    audit.record(
        audit.entry("session.ended").target("session", handle).result(AuditResult.SUCCESS));
    return Response.noContent().build();
  }
}
