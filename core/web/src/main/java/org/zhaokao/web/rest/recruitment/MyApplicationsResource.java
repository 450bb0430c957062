package org.zhaokao.web.rest.recruitment;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.zhaokao.recruitment.application.ApplicationAttachments;
import org.zhaokao.recruitment.application.ApplicationForm;
import org.zhaokao.recruitment.application.ApplicationSubmission;
import org.zhaokao.recruitment.application.ApplicationView;
import org.zhaokao.recruitment.application.CandidateDocuments;
import org.zhaokao.recruitment.application.MyApplications;
import org.zhaokao.web.recruitment.CandidatePdfs;
import org.zhaokao.web.recruitment.TicketVerificationPage;
import org.zhaokao.web.security.Login;

/** A candidate's applications (我的报名). */
@Path("/me/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyApplicationsResource {

  @EJB private ApplicationSubmission submission;
  @EJB private MyApplications mine;
  @EJB private CandidateDocuments documents;
  @EJB private ApplicationAttachments attachments;
  @Inject private Login login;

  /**
   * Applies (报名) with an {@code Idempotency-Key} header: 201 with the application, or 200 with the
   * same application when the key already made it; 422 for refused fields (the pledge, the
   * declaration); 409 outside the window, for a second application to the recruitment, or for a
   * barred candidate.
   */
  @POST
  public Response apply(@HeaderParam("Idempotency-Key") String key, ApplicationForm form) {
    ApplicationSubmission.Submitted s = submission.submit(login.actor(), key, form);
    return s.created()
        ? Response.created(URI.create("me/applications/" + s.application().id()))
            .entity(s.application())
            .build()
        : Response.ok(s.application()).build();
  }

  /** The application form (报名表) as a PDF to print. */
  @GET
  @Path("{id: [0-9]+}/form.pdf")
  @Produces("application/pdf")
  public Response formPdf(@PathParam("id") long id) {
    ApplicationView form = documents.form(login.actor(), id);
    Optional<byte[]> photo = attachments.myPhoto(login.actor(), id);
    return PdfDownloads.attachment(
        (StreamingOutput) out -> CandidatePdfs.form(form, photo, out), "application-" + id);
  }

  /** The admission ticket (准考证) as a PDF to print; 409 until its number is issued. */
  @GET
  @Path("{id: [0-9]+}/ticket.pdf")
  @Produces("application/pdf")
  public Response ticketPdf(@PathParam("id") long id, @Context UriInfo uri) {
    CandidateDocuments.Ticket ticket = documents.ticket(login.actor(), id);
    String verify = TicketVerificationPage.address(uri.getBaseUri(), ticket.token());
    Optional<byte[]> photo = attachments.myPhoto(login.actor(), id);
    return PdfDownloads.attachment(
        (StreamingOutput) out -> CandidatePdfs.ticket(ticket, photo, verify, out), "ticket-" + id);
  }

  /** The application's photo and certificates. */
  @GET
  @Path("{id: [0-9]+}/attachments")
  public List<ApplicationAttachments.AttachmentView> attachments(@PathParam("id") long id) {
    return attachments.mine(login.actor(), id);
  }

  /**
   * Attaches a file, sent as the request body: {@code ?kind=PHOTO} (JPEG/PNG, portrait, at most 2
   * MB; replaces the photo) or {@code ?kind=CERTIFICATE} (PDF/JPEG/PNG, at most 5 MB, up to ten),
   * {@code &name=} the file's name. 201 with the attachment; 422 for a file whose bytes are not an
   * accepted type, too large, or a photo of the wrong size; 409 once the review has decided.
   */
  @POST
  @Path("{id: [0-9]+}/attachments")
  @Consumes({"image/jpeg", "image/png", "application/pdf", "application/octet-stream"})
  public Response attach(
      @PathParam("id") long id,
      @QueryParam("kind") String kind,
      @QueryParam("name") String name,
      byte[] content) {
    ApplicationAttachments.AttachmentView added =
        attachments.upload(login.actor(), id, kind, name, content);
    return Response.created(URI.create("me/applications/" + id + "/attachments/" + added.id()))
        .entity(added)
        .build();
  }

  /** A file of the application, as a download. */
  @GET
  @Path("{id: [0-9]+}/attachments/{attachment: [0-9]+}")
  @Produces(MediaType.WILDCARD)
  public Response attachment(@PathParam("id") long id, @PathParam("attachment") long attachment) {
    return AttachmentFiles.download(attachments.myFile(login.actor(), id, attachment));
  }

  /** Removes a file while the application is open to changes. */
  @DELETE
  @Path("{id: [0-9]+}/attachments/{attachment: [0-9]+}")
  public Response detach(@PathParam("id") long id, @PathParam("attachment") long attachment) {
    attachments.remove(login.actor(), id, attachment);
    return Response.noContent().build();
  }

  @GET
  public List<ApplicationView> list() {
    return mine.list(login.actor());
  }

  /** The form of a position, pre-filled from the profile, with the notice and pledge to sign. */
  @GET
  @Path("prefill")
  public MyApplications.Prefill prefill(@QueryParam("positionId") long positionId) {
    return mine.prefill(login.actor(), positionId);
  }

  @GET
  @Path("{id: [0-9]+}")
  public ApplicationView get(@PathParam("id") long id) {
    return mine.get(login.actor(), id);
  }

  /** Corrects an application; a returned one goes back to the review. */
  @PUT
  @Path("{id: [0-9]+}")
  public ApplicationView revise(@PathParam("id") long id, ApplicationForm form) {
    return mine.revise(login.actor(), id, form);
  }

  /** Withdraws an application the review has not decided. */
  @POST
  @Path("{id: [0-9]+}/withdrawal")
  public ApplicationView withdraw(@PathParam("id") long id) {
    return mine.withdraw(login.actor(), id);
  }
}
