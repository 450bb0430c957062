package org.zhaokao.medical.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.zhaokao.medical.application.PlanUseCases;
import org.zhaokao.medical.application.ReportReading;
import org.zhaokao.medical.application.ReviewUseCases;
import org.zhaokao.medical.application.StageProblem;
import org.zhaokao.medical.domain.plan.CheckPlan;
import org.zhaokao.medical.domain.report.MedicalReport;
import org.zhaokao.medical.domain.report.Verdict;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.security.web.RequestActor;

/**
 * Staff's side of a recruitment's check under {@code /api/recruitments}: the plan, the candidates,
 * the officer's review, report reads and their log, and the employer's verdicts.
 */
@Path("/recruitments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RecruitmentResource {

  @Inject private PlanUseCases plans;
  @Inject private ReviewUseCases reviews;
  @Inject private ReportReading reading;
  @Context private HttpServletRequest request;

  @GET
  public JsonArray recruitments() {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (StageAssignment a : plans.recruitments(RequestActor.of(request))) {
      out.add(
          Json.createObjectBuilder()
              .add("recruitmentId", a.recruitmentId())
              .add("title", a.recruitmentTitle())
              .add("employerId", a.employerId())
              .add("phase", a.phase().name())
              .add("entrants", a.entrants()));
    }
    return out.build();
  }

  @GET
  @Path("/{r}/plan")
  public JsonObject plan(@PathParam("r") long r) {
    return Views.plan(
        plans
            .plan(RequestActor.of(request), r)
            .orElseThrow(() -> new NotFoundException("the check is not planned yet")));
  }

  /**
   * Plans the check and tells every entrant: {@code
   * {"hospitalId":1,"date":"2026-12-10","time":"07:30-10:00","place":"...","notes":"..."}}.
   */
  @PUT
  @Path("/{r}/plan")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject schedule(@PathParam("r") long r, JsonValue json) {
    Body b = Body.of(json);
    CheckPlan.Terms terms;
    try {
      String date = b.text("date");
      terms =
          new CheckPlan.Terms(
              b.id("hospitalId"),
              date == null ? null : LocalDate.parse(date.strip()),
              b.text("time"),
              b.text("place"),
              b.text("notes"));
    } catch (DateTimeParseException e) {
      throw StageProblem.invalid("date is YYYY-MM-DD, e.g. 2026-12-10");
    } catch (IllegalArgumentException e) {
      throw StageProblem.invalid(e.getMessage());
    }
    int notified = plans.schedule(RequestActor.of(request), r, terms);
    return Json.createObjectBuilder().add("plan", plan(r)).add("notified", notified).build();
  }

  @GET
  @Path("/{r}/candidates")
  public JsonArray candidates(@PathParam("r") long r) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    reviews.candidates(RequestActor.of(request), r).forEach(c -> out.add(Views.check(c)));
    return out.build();
  }

  /**
   * The officer's verdict: {@code {"checklist":{"hospital-seal":true,...},
   * "confirmationCode":"TJ20261210001","verdict":"PASS","reason":""}}.
   */
  @POST
  @Path("/{r}/reports/{id}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject review(@PathParam("r") long r, @PathParam("id") long id, JsonValue json) {
    Body b = Body.of(json);
    MedicalReport report =
        reviews.review(
            RequestActor.of(request),
            r,
            id,
            new ReviewUseCases.Review(
                b.flags("checklist"),
                b.text("confirmationCode"),
                b.choice("verdict", Verdict.class),
                b.text("reason")));
    return Views.report(report);
  }

  /** The report's file; {@code purpose} says why it is read and goes to the access log. */
  @GET
  @Path("/{r}/reports/{id}/content")
  @Produces(MediaType.WILDCARD)
  public Response content(
      @PathParam("r") long r, @PathParam("id") long id, @QueryParam("purpose") String purpose) {
    return Files.download(reading.read(RequestActor.of(request), r, id, purpose));
  }

  @GET
  @Path("/{r}/reports/{id}/accesses")
  public JsonArray accesses(@PathParam("r") long r, @PathParam("id") long id) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    reading.accesses(RequestActor.of(request), r, id).forEach(a -> out.add(Views.access(a)));
    return out.build();
  }

  /** Reviewed candidates' verdicts, for employer users. */
  @GET
  @Path("/{r}/verdicts")
  public JsonArray verdicts(@PathParam("r") long r) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    reviews.verdicts(RequestActor.of(request), r).forEach(c -> out.add(Views.verdict(c)));
    return out.build();
  }
}
