package org.zhaokao.web.rest.recruitment;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.recruitment.application.ConfirmationDocuments;

/**
 * Public check of a confirmation document's QR token (确认书验真): 200 for a genuine one, saying whether
 * its list is still the confirmed one; 404 for a forged or altered one.
 */
@Path("/confirmation-documents/verification")
@Produces(MediaType.APPLICATION_JSON)
public class ConfirmationDocumentVerificationResource {

  @EJB private ConfirmationDocuments documents;

  @GET
  public ConfirmationDocuments.Verified verify(@QueryParam("token") String token) {
    return documents
        .verify(token)
        .orElseThrow(() -> new RecordNotFoundException("confirmation-document", 0));
  }
}
