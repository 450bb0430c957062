package org.zhaokao.web.rest.account;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.zhaokao.notification.application.inbox.Inbox;
import org.zhaokao.notification.application.inbox.InboxPage;
import org.zhaokao.web.security.Login;

/** One's own in-site inbox (站内信). */
@Path("/me/inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

  @Inject private Login login;
  @EJB private Inbox inbox;

  /** Newest first, with the number of unread messages. */
  @GET
  public InboxPage list(
      @QueryParam("unreadOnly") @DefaultValue("false") boolean unreadOnly,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return inbox.page(String.valueOf(login.actor().accountId()), unreadOnly, page, size);
  }

  /** Marks a message read: 204, or 404 when it is not one's own. */
  @POST
  @Path("{id}/read")
  public Response read(@PathParam("id") String id) {
    if (!inbox.markRead(String.valueOf(login.actor().accountId()), id)) {
      throw new NotFoundException("No message " + id + " in your inbox");
    }
    return Response.noContent().build();
  }
}
