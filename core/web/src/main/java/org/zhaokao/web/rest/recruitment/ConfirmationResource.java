package org.zhaokao.web.rest.recruitment;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.zhaokao.recruitment.application.ApplicationAttachments;
import org.zhaokao.recruitment.application.ApplicationView;
import org.zhaokao.recruitment.application.ConfirmationDocuments;
import org.zhaokao.recruitment.application.EmployerConfirmation;
import org.zhaokao.web.recruitment.ConfirmationDocumentPdf;
import org.zhaokao.web.recruitment.ConfirmationDocumentVerificationPage;
import org.zhaokao.web.security.Login;

/**
 * Employer users (招考单位用户) confirm or dispute the review results of their own employer's
 * recruitments; {@code application:confirm} scoped to the employer.
 */
@Path("/admin/confirmation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConfirmationResource {

  @EJB private EmployerConfirmation confirmation;
  @EJB private ApplicationAttachments attachments;
  @EJB private ConfirmationDocuments documents;
  @Inject private Login login;

  /** The decisions waiting for the employer; {@code page} from 0, {@code size} 1 to 200 (50). */
  @GET
  @Path("recruitments/{id: [0-9]+}/applications")
  public List<ApplicationView> awaiting(
      @PathParam("id") long id,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return confirmation.awaiting(login.actor(), id, page, size);
  }

  /** Confirms one decision, optionally with {@code {"comment": ...}}; it is then published. */
  @POST
  @Path("applications/{id: [0-9]+}/confirmation")
  public ApplicationView confirm(@PathParam("id") long id, Map<String, String> body) {
    return confirmation.confirm(login.actor(), id, body == null ? null : body.get("comment"));
  }

  /** Disputes one decision with {@code {"comment": ...}} (required); it goes back to review. */
  @POST
  @Path("applications/{id: [0-9]+}/dispute")
  public ApplicationView dispute(@PathParam("id") long id, Map<String, String> body) {
    return confirmation.dispute(login.actor(), id, body == null ? null : body.get("comment"));
  }

  /**
   * The employer's confirmation document (用人单位确认书) of the recruitment as a PDF; 409 before the
   * employer confirmed a result or while results still wait for it.
   */
  @GET
  @Path("recruitments/{id: [0-9]+}/document.pdf")
  @Produces("application/pdf")
  public Response document(@PathParam("id") long id, @Context UriInfo uri) {
    return pdf(documents, login, id, uri);
  }

  /** The confirmation document's download, for this resource and the reviewers'. */
  static Response pdf(ConfirmationDocuments documents, Login login, long id, UriInfo uri) {
    ConfirmationDocuments.Sheet sheet = documents.sheet(login.actor(), id);
    String verify = ConfirmationDocumentVerificationPage.address(uri.getBaseUri(), sheet.token());
    return PdfDownloads.attachment(
        (StreamingOutput) out -> ConfirmationDocumentPdf.write(sheet, verify, out),
        "confirmation-" + sheet.recruitmentCode());
  }

  /** The application's photo and certificates (每次查看均记入审计日志). */
  @Path("applications/{id: [0-9]+}/attachments")
  public StaffAttachmentsResource attachments(@PathParam("id") long id) {
    return new StaffAttachmentsResource(attachments, login.actor(), id);
  }
}
