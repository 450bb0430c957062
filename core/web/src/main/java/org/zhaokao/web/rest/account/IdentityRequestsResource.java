package org.zhaokao.web.rest.account;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.zhaokao.identity.application.IdentityChangeView;
import org.zhaokao.identity.application.IdentityChanges;
import org.zhaokao.web.security.Login;

/**
 * A candidate's requests to change the real name or ID number (实名信息变更申请). Filed as {@code
 * multipart/form-data} — parts {@code newName}, {@code newIdNumber}, {@code evidence} (a file) — so
 * the new ID number never travels in a URL that access logs keep.
 */
@Path("/me/identity-requests")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityRequestsResource {

  @Inject private Login login;
  @EJB private IdentityChanges changes;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response file(List<EntityPart> parts) throws IOException {
    EvidenceParts form = new EvidenceParts(parts);
    IdentityChangeView filed =
        changes.file(
            login.actor(),
            form.text("newName"),
            form.text("newIdNumber"),
            form.fileName(),
            form.file());
    return Response.created(URI.create("me/identity-requests/" + filed.id())).entity(filed).build();
  }

  @GET
  public List<IdentityChangeView> mine() {
    return changes.mine(login.actor());
  }
}
