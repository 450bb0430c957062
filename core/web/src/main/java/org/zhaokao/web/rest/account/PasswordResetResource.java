package org.zhaokao.web.rest.account;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.zhaokao.identity.application.PasswordReset;
import org.zhaokao.web.support.RequestLocale;

/** Forgotten passwords, reset through a verified mobile number or e-mail address. */
@Path("/auth/password-reset")
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

  @EJB private PasswordReset reset;
  @Context private HttpServletRequest request;

  /**
   * Asks for a reset code: always 202, whether or not the identifier names an account with a
   * verified address — the answer must not tell who is registered.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response request(Map<String, String> body) {
    reset.request(ContactsResource.field(body, "loginId"), RequestLocale.of(request));
    return Response.accepted().build();
  }

  /**
   * Sets the new password: {@code {"loginId","code","newPassword"}} → 204, or 422 naming the field.
   */
  @POST
  @Path("confirm")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response confirm(Map<String, String> body) {
    reset.complete(
        ContactsResource.field(body, "loginId"),
        ContactsResource.field(body, "code"),
        ContactsResource.field(body, "newPassword"));
    return Response.noContent().build();
  }
}
