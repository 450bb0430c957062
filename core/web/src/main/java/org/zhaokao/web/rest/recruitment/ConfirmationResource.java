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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.zhaokao.recruitment.application.ApplicationAttachments;
import org.zhaokao.recruitment.application.ApplicationView;
import org.zhaokao.recruitment.application.EmployerConfirmation;
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

  /** The application's photo and certificates (每次查看均记入审计日志). */
  @Path("applications/{id: [0-9]+}/attachments")
  public StaffAttachmentsResource attachments(@PathParam("id") long id) {
    return new StaffAttachmentsResource(attachments, login.actor(), id);
  }
}
