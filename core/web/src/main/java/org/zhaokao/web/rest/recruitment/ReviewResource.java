package org.zhaokao.web.rest.recruitment;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.zhaokao.recruitment.application.ApplicationAttachments;
import org.zhaokao.recruitment.application.ApplicationView;
import org.zhaokao.recruitment.application.ConfirmationDocuments;
import org.zhaokao.recruitment.application.DecisionForm;
import org.zhaokao.recruitment.application.EmployerConfirmation;
import org.zhaokao.recruitment.application.ReturnedReminders;
import org.zhaokao.recruitment.application.Review;
import org.zhaokao.recruitment.application.SecondReview;
import org.zhaokao.web.security.Login;

/** The eligibility review (资格审核) for reviewers holding {@code application:review}. */
@Path("/admin/review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

  @EJB private Review review;
  @EJB private SecondReview secondReview;
  @EJB private ReturnedReminders reminders;
  @EJB private EmployerConfirmation confirmation;
  @EJB private ApplicationAttachments attachments;
  @EJB private ConfirmationDocuments documents;
  @Inject private Login login;

  /**
   * The queue of a recruitment, oldest first, with the requirement check's flags: {@code position},
   * {@code status} filter; {@code page} from 0, {@code size} 1 to 200 (50).
   */
  @GET
  @Path("recruitments/{id: [0-9]+}/applications")
  public List<ApplicationView> queue(
      @PathParam("id") long id,
      @QueryParam("position") Long position,
      @QueryParam("status") String status,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return review.queue(login.actor(), id, position, status, page, size);
  }

  /** One decision: {@code {"decision":"REJECT","reasonCode":"major","reason":"..."}}. */
  @POST
  @Path("applications/{id: [0-9]+}/decision")
  public ApplicationView decide(@PathParam("id") long id, DecisionForm form) {
    return review.decide(login.actor(), id, EmployersResource.required(form));
  }

  /** Whether the recruitment has the second-level review (复审): {@code {"secondReview":true}}. */
  @GET
  @Path("recruitments/{id: [0-9]+}/settings")
  public SecondReview.Settings settings(@PathParam("id") long id) {
    return secondReview.settings(login.actor(), id);
  }

  /** Turns the second-level review on or off (also needs {@code recruitment:edit}). */
  @PUT
  @Path("recruitments/{id: [0-9]+}/settings")
  public SecondReview.Settings configure(@PathParam("id") long id, SecondReview.Settings form) {
    return secondReview.configure(login.actor(), id, EmployersResource.required(form));
  }

  /** The decisions waiting for the second reviewer, oldest first ({@code page}, {@code size}). */
  @GET
  @Path("recruitments/{id: [0-9]+}/checks")
  public List<ApplicationView> awaitingCheck(
      @PathParam("id") long id,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return secondReview.awaiting(login.actor(), id, page, size);
  }

  /**
   * The second reviewer's verdict: {@code {"agree":true}} or {@code
   * {"agree":false,"comment":"..."}} (the decision is undone and the application back in the
   * queue).
   */
  @POST
  @Path("applications/{id: [0-9]+}/check")
  public ApplicationView check(@PathParam("id") long id, SecondReview.CheckForm form) {
    return secondReview.check(login.actor(), id, EmployersResource.required(form));
  }

  /** Approves the listed submitted applications: {@code {"applicationIds":[1,2]}}. */
  @POST
  @Path("recruitments/{id: [0-9]+}/approvals")
  public Review.BulkResult approveAll(@PathParam("id") long id, JsonObject body) {
    JsonArray ids = body == null ? null : body.getJsonArray("applicationIds");
    if (ids == null) {
      throw new BadRequestException("Send applicationIds");
    }
    List<Long> list =
        ids.stream()
            .map(
                v -> {
                  if (v.getValueType() != JsonValue.ValueType.NUMBER) {
                    throw new BadRequestException("applicationIds are numbers");
                  }
                  return ((JsonNumber) v).longValue();
                })
            .toList();
    return review.approveAll(login.actor(), id, list);
  }

  /**
   * Sends the recruitment's approved and rejected applications to the employer for confirmation
   * (409 when none waits); candidates see a decision only once the employer confirms it.
   */
  @POST
  @Path("recruitments/{id: [0-9]+}/employer-confirmation")
  public EmployerConfirmation.Sent sendToEmployer(@PathParam("id") long id) {
    return confirmation.send(login.actor(), id);
  }

  /**
   * Reminds now the candidates whose application was returned and is not corrected yet (409 when
   * the window is closed); each hears it once per window.
   */
  @POST
  @Path("recruitments/{id: [0-9]+}/reminders")
  public ReturnedReminders.Reminded remind(@PathParam("id") long id) {
    return reminders.remind(login.actor(), id);
  }

  /** The reason templates to pick from. */
  @GET
  @Path("reasons")
  public List<Review.Reason> reasons() {
    return review.reasons();
  }

  /** The application's photo and certificates (每次查看均记入审计日志). */
  @Path("applications/{id: [0-9]+}/attachments")
  public StaffAttachmentsResource attachments(@PathParam("id") long id) {
    return new StaffAttachmentsResource(attachments, login.actor(), id);
  }

  /**
   * The employer's confirmation document (用人单位确认书) as a PDF, for the file; 409 before the employer
   * confirmed a result or while results still wait for it.
   */
  @GET
  @Path("recruitments/{id: [0-9]+}/confirmation-document.pdf")
  @Produces("application/pdf")
  public Response confirmationDocument(@PathParam("id") long id, @Context UriInfo uri) {
    return ConfirmationResource.pdf(documents, login, id, uri);
  }
}
