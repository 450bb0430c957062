package org.zhaokao.web.rest.notification;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
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

/**
 * An account's in-site inbox (站内信), by account id, for staff. The candidate's own inbox will be the
 * same calls with the account of the signed-in session, once login exists.
 */
@Path("/admin/notifications/inbox/{accountId}")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

  @EJB private Inbox inbox;

  @GET
  public InboxPage page(
      @PathParam("accountId") String accountId,
      @QueryParam("unreadOnly") @DefaultValue("false") boolean unreadOnly,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    if (page < 0 || size < 1 || size > 200) {
      throw new BadRequestException("page must be 0 or more and size 1 to 200");
    }
    return inbox.page(accountId, unreadOnly, page, size);
  }

  @POST
  @Path("/{messageId}/read")
  public Response markRead(
      @PathParam("accountId") String accountId, @PathParam("messageId") String messageId) {
    if (!inbox.markRead(accountId, messageId)) {
      throw new NotFoundException("Account " + accountId + " has no message " + messageId);
    }
    return Response.noContent().build();
  }
}
