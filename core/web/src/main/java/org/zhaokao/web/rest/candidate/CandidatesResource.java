package org.zhaokao.web.rest.candidate;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.zhaokao.identity.application.CandidateRegistration;
import org.zhaokao.identity.application.RegistrationForm;
import org.zhaokao.plugins.api.security.AccountPrincipal;

/** Candidate registration (考生注册). */
@Path("/candidates")
@Produces(MediaType.APPLICATION_JSON)
public class CandidatesResource {

  @EJB private CandidateRegistration registration;

  /**
   * Registers a candidate: 201 with the account id; 422 naming every refused field; 409 when the ID
   * number, mobile or email already has an account (the problem's type says which, and how to claim
   * the account).
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(RegistrationForm form) {
    if (form == null) {
      throw new BadRequestException("Send realName, idNumber, mobile, email and password");
    }
    AccountPrincipal created = registration.register(form);
    return Response.created(URI.create("me"))
        .entity(Map.of("accountId", created.accountId(), "displayName", created.displayName()))
        .build();
  }
}
