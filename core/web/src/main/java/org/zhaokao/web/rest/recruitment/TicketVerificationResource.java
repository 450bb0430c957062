package org.zhaokao.web.rest.recruitment;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.recruitment.application.AdmissionTicketTokens;

/**
 * Public check of an admission ticket's QR token (准考证验真): 200 with the masked holder, recruitment,
 * position and status for a genuine one, 404 for a forged or altered one.
 */
@Path("/tickets/verification")
@Produces(MediaType.APPLICATION_JSON)
public class TicketVerificationResource {

  @EJB private AdmissionTicketTokens tokens;

  @GET
  public AdmissionTicketTokens.Verified verify(@QueryParam("token") String token) {
    return tokens.verify(token).orElseThrow(() -> new RecordNotFoundException("ticket", 0));
  }
}
