package org.zhaokao.web.rest.auth;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.apache.shiro.SecurityUtils;
import org.zhaokao.identity.application.ContactVerification;
import org.zhaokao.identity.application.MyAccount;
import org.zhaokao.plugins.api.security.AccountPrincipal;
import org.zhaokao.security.web.Csrf;
import org.zhaokao.web.security.Login;

/** One's own account: the masked view, the password, the notification preferences. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject private Login login;
  @EJB private MyAccount myAccount;
  @EJB private ContactVerification contacts;

  /** The logged-in account, masked, with the session's CSRF token. */
  @GET
  public Session me() {
    AccountPrincipal principal = current();
    return new Session(
        myAccount.view(principal.accountId()),
        Csrf.tokenOf(SecurityUtils.getSubject().getSession()),
        null);
  }

  /** Changes one's password: 204, or 422 naming what is wrong. */
  @POST
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changePassword(PasswordChange change) {
    if (change == null) {
      throw new BadRequestException("Send currentPassword and newPassword");
    }
    myAccount.changePassword(current().accountId(), change.currentPassword(), change.newPassword());
    return Response.noContent().build();
  }

  /** Which channels besides the inbox receive notifications: {@code {"email":true,"sms":false}}. */
  @PUT
  @Path("preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response preferences(Map<String, Boolean> body) {
    if (body == null || body.get("email") == null || body.get("sms") == null) {
      throw new BadRequestException("Send email and sms, each true or false");
    }
    contacts.preferences(login.actor(), body.get("email"), body.get("sms"));
    return Response.noContent().build();
  }

  /** The language of one's notifications: {@code {"language":"en"}} (zh-CN or en); 204 or 422. */
  @PUT
  @Path("language")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response language(Map<String, String> body) {
    if (body == null || body.get("language") == null) {
      throw new BadRequestException("Send language: zh-CN or en");
    }
    myAccount.changeLanguage(current().accountId(), body.get("language"));
    return Response.noContent().build();
  }

  private AccountPrincipal current() {
    return login
        .current()
        .orElseThrow(() -> new NotAuthorizedException("Session realm=\"zhaokao\""));
  }
}
