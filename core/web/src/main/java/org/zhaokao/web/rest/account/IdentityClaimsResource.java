package org.zhaokao.web.rest.account;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.zhaokao.identity.application.ClaimForm;
import org.zhaokao.identity.application.IdentityClaimView;
import org.zhaokao.identity.application.IdentityClaiming;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.RequestLocale;

/**
 * Claiming an ID number someone else registered (身份证号认领), for a person who therefore has no
 * account: {@code multipart/form-data} with parts {@code realName}, {@code idNumber}, {@code
 * mobile}, {@code code} (the SMS code {@code POST /identity-claims/code} sent to that mobile),
 * {@code email}, {@code statement}, {@code password} (the claimant's account will have it once
 * staff approve) and {@code evidence} (a photo of the ID card: JPEG, PNG or PDF, at most 5 MB), so
 * the ID number never travels in a URL. Answers 201 with the claim's number and status only.
 */
@Path("/identity-claims")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityClaimsResource {

  @Inject private Login login;
  @EJB private IdentityClaiming claiming;
  @Context private HttpServletRequest request;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response file(List<EntityPart> parts) throws IOException {
    EvidenceParts form = new EvidenceParts(parts);
    IdentityClaimView.Receipt filed =
        claiming.file(
            login.actor(),
            new ClaimForm(
                form.text("realName"),
                form.text("idNumber"),
                form.text("mobile"),
                form.text("email"),
                form.text("statement"),
                form.text("password"),
                form.fileName(),
                form.file(),
                RequestLocale.of(request),
                form.text("code")));
    return Response.created(URI.create("identity-claims/" + filed.id())).entity(filed).build();
  }

  /**
   * Sends the one-time code a claim needs to the claimant's mobile by SMS: {@code {"mobile":
   * "..."}} → 202, 422 for a malformed number, 409 {@code code-too-soon} or {@code
   * mobile-registered}.
   */
  @POST
  @Path("code")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response sendCode(Map<String, String> body) {
    claiming.sendCode(
        login.actor(), ContactsResource.field(body, "mobile"), RequestLocale.of(request));
    return Response.accepted().build();
  }
}
