package org.zhaokao.web.rest.account;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.zhaokao.identity.application.AccountDeletion;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.security.SessionAdministration;

/**
 * Deleting one's own account (账号注销): {@code GET} says whether it can be done now and what holds it;
 * {@code POST {"password": "..."}} deletes it (204) and ends every session of the account, or
 * answers 409 naming the holds.
 */
@Path("/me/deletion")
@Produces(MediaType.APPLICATION_JSON)
public class AccountDeletionResource {

  @Inject private Login login;
  @Inject private SessionAdministration sessions;
  @EJB private AccountDeletion deletion;

  @GET
  public AccountDeletion.Assessment assess() {
    return deletion.assess(login.actor());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response delete(Map<String, String> body) {
    if (body == null || body.get("password") == null) {
      throw new BadRequestException("Send password: deleting the account asks for it again");
    }
    Actor actor = login.actor();
    deletion.delete(actor, body.get("password"));
    sessions.endAll(actor.accountId());
    login.logout();
    return Response.noContent().build();
  }
}
