package org.zhaokao.web.rest.auth;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhaokao.identity.application.MyAccount;
import org.zhaokao.web.security.Login;

/** Logging in and out, and one's own account. */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject private Login login;
  @EJB private MyAccount myAccount;

  /**
   * Logs in with ID number, mobile or email (candidates) or username (staff). Candidates: 200 with
   * the account and the CSRF token. Staff and employer users: 202 asking for the second factor —
   * {@code {"secondFactor":"CODE"}}, or {@code
   * {"secondFactor":"ENROL","secret":...,"otpauthUri":...}} at the first login — then {@code POST
   * auth/second-factor}. 401 for a wrong identifier or password (deliberately not saying which);
   * 423 while locked after repeated failures; 403 for an account not yet active. The session id
   * changes on every completed login.
   */
  @POST
  @Path("login")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response login(Credentials credentials) {
    if (credentials == null || credentials.loginId() == null || credentials.password() == null) {
      throw new BadRequestException("Send loginId and password");
    }
    Login.Step step = login.login(credentials.loginId(), credentials.password());
    if (step.done().isPresent()) {
      return Response.ok(session(step.done().get())).build();
    }
    Map<String, String> ask = new LinkedHashMap<>();
    ask.put("secondFactor", step.enrolment().isPresent() ? "ENROL" : "CODE");
    step.enrolment()
        .ifPresent(
            e -> {
              ask.put("secret", e.secret());
              ask.put("otpauthUri", e.uri());
            });
    return Response.accepted(ask).build();
  }

  /**
   * The second step of a staff or employer login: the 6-digit code of the authenticator app (or a
   * recovery code). At the first login this confirms the enrolment and the answer carries the
   * recovery codes, once. 401 for a wrong code (it counts like a wrong password) or when the
   * password step is older than 5 minutes.
   */
  @POST
  @Path("second-factor")
  @Consumes(MediaType.APPLICATION_JSON)
  public Session secondFactor(Map<String, String> body) {
    if (body == null || body.get("code") == null) {
      throw new BadRequestException("Send the code");
    }
    return session(login.secondStep(body.get("code")));
  }

  private Session session(Login.Result result) {
    return new Session(
        myAccount.view(result.principal().accountId()),
        result.csrfToken(),
        result.recoveryCodes().isEmpty() ? null : result.recoveryCodes());
  }

  /** Ends the session. */
  @POST
  @Path("logout")
  public Response logout() {
    login.logout();
    return Response.noContent().build();
  }
}
