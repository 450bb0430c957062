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
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.zhaokao.identity.application.IdentityChangeView;
import org.zhaokao.identity.application.IdentityChanges;
import org.zhaokao.identity.domain.request.EvidenceRules;
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
    Optional<EntityPart> evidence = part(parts, "evidence");
    IdentityChangeView filed =
        changes.file(
            login.actor(),
            text(parts, "newName"),
            text(parts, "newIdNumber"),
            evidence.flatMap(EntityPart::getFileName).orElse(null),
            evidence.isEmpty() ? null : bounded(evidence.get()));
    return Response.created(URI.create("me/identity-requests/" + filed.id())).entity(filed).build();
  }

  @GET
  public List<IdentityChangeView> mine() {
    return changes.mine(login.actor());
  }

  private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
    return parts == null
        ? Optional.empty()
        : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
  }

  private static String text(List<EntityPart> parts, String name) throws IOException {
    Optional<EntityPart> p = part(parts, name);
    return p.isEmpty() ? null : p.get().getContent(String.class);
  }

  /**
   * Reads one byte more than allowed at most, so an oversize file is refused without buffering it.
   */
  private static byte[] bounded(EntityPart part) throws IOException {
    try (InputStream in = part.getContent()) {
      return in.readNBytes(EvidenceRules.MAX_BYTES + 1);
    }
  }
}
