package org.zhaokao.web.rest.auth;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.shiro.SecurityUtils;
import org.zhaokao.identity.application.MyAccount;
import org.zhaokao.plugins.api.security.AccountPrincipal;
import org.zhaokao.web.security.Csrf;
import org.zhaokao.web.security.Login;

/** Logging in and out, and one's own account. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject private Login login;
  @EJB private MyAccount myAccount;

  /**
   * Logs in with ID number, mobile or email (candidates) or username (staff). 200 with the account
   * and the CSRF token; 401 for a wrong identifier or password (deliberately not saying which); 423
   * while locked after repeated failures; 403 for an account not yet active. The session id changes
   * on every login.
   */
  @POST
  @Path("auth/login")
  @Consumes(MediaType.APPLICATION_JSON)
  public Session login(Credentials credentials) {
    if (credentials == null || credentials.loginId() == null || credentials.password() == null) {
      throw new BadRequestException("Send loginId and password");
    }
    Login.Result result = login.login(credentials.loginId(), credentials.password());
    return new Session(myAccount.view(result.principal().accountId()), result.csrfToken());
  }

  /** Ends the session. */
  @POST
  @Path("auth/logout")
  public Response logout() {
    login.logout();
    return Response.noContent().build();
  }

  /** The logged-in account, masked, with the session's CSRF token. */
  @GET
  @Path("me")
  public Session me() {
    AccountPrincipal principal = current();
    return new Session(
        myAccount.view(principal.accountId()),
        Csrf.tokenOf(SecurityUtils.getSubject().getSession()));
  }

  /** Changes one's password: 204, or 422 naming what is wrong. */
  @POST
  @Path("me/password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changePassword(PasswordChange change) {
    if (change == null) {
      throw new BadRequestException("Send currentPassword and newPassword");
    }
    myAccount.changePassword(current().accountId(), change.currentPassword(), change.newPassword());
    return Response.noContent().build();
  }

  private AccountPrincipal current() {
    return login
        .current()
        .orElseThrow(() -> new NotAuthorizedException("Session realm=\"zhaokao\""));
  }
}
