package org.zhaokao.physical.interfaces.rest;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhaokao.physical.application.CandidateResult;
import org.zhaokao.physical.application.EvaluationUseCases;
import org.zhaokao.physical.application.ResultUseCases;
import org.zhaokao.physical.application.SittingUseCases;
import org.zhaokao.physical.application.StageProblem;
import org.zhaokao.physical.domain.imports.ResultEntry;
import org.zhaokao.physical.domain.sitting.Attempt;
import org.zhaokao.physical.domain.sitting.Seat;
import org.zhaokao.plugins.api.outcome.OutcomeReceipt;
import org.zhaokao.security.web.RequestActor;

/**
 * The test day over REST: candidates and their results, sign-in, removal, figures, and the report
 * to the pipeline, under {@code /api/recruitments/{id}}.
 */
@Path("/recruitments/{r}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SittingResource {

  @Inject private SittingUseCases sitting;
  @Inject private ResultUseCases results;
  @Inject private EvaluationUseCases evaluation;
  @Context private HttpServletRequest request;

  /** Every candidate with session, sign-in, best figures, verdicts and outcome as it stands. */
  @GET
  @Path("/candidates")
  public JsonArray candidates(@PathParam("r") long recruitmentId) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (CandidateResult c : evaluation.results(RequestActor.of(request), recruitmentId)) {
      out.add(Views.candidate(c));
    }
    return out.build();
  }

  /** Signs a candidate in: {@code {"sessionId":3,"identityConfirmed":true}}. */
  @POST
  @Path("/candidates/{a}/sign-in")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject signIn(
      @PathParam("r") long recruitmentId, @PathParam("a") long applicationId, JsonValue json) {
    Body body = Body.of(json);
    Seat seat =
        sitting.signIn(
            RequestActor.of(request),
            recruitmentId,
            applicationId,
            body.id("sessionId"),
            body.flag("identityConfirmed"));
    return Json.createObjectBuilder()
        .add("applicationId", applicationId)
        .add("signedInAt", seat.signedInAt().orElseThrow().toString())
        .add("signedInBy", seat.signedInBy().orElseThrow())
        .build();
  }

  /** Removes a candidate for a rule breach: {@code {"reason":"..."}}. */
  @POST
  @Path("/candidates/{a}/disqualification")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject disqualify(
      @PathParam("r") long recruitmentId, @PathParam("a") long applicationId, JsonValue json) {
    Seat seat =
        sitting.disqualify(
            RequestActor.of(request), recruitmentId, applicationId, Body.of(json).text("reason"));
    return Json.createObjectBuilder()
        .add("applicationId", applicationId)
        .add("reason", seat.disqualifiedReason().orElse(""))
        .build();
  }

  /**
   * Records figures, all or nothing: {@code [{"applicationId":7,"item":"RUN_1000","attempt":1,
   * "value":262.5}]}; entries may name the candidate by {@code ticket} instead.
   */
  @POST
  @Path("/attempts")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject attempts(@PathParam("r") long recruitmentId, JsonValue json) {
    if (json == null || json.getValueType() != JsonValue.ValueType.ARRAY) {
      throw StageProblem.invalid("the body must be a list of attempts");
    }
    List<ResultEntry> entries = new ArrayList<>();
    int row = 0;
    for (JsonValue v : json.asJsonArray()) {
      row++;
      Body e = Body.of(v);
      boolean byTicket = e.optionalText("ticket").isPresent();
      String who = byTicket ? e.text("ticket") : String.valueOf(e.id("applicationId"));
      BigDecimal value = e.decimal("value");
      entries.add(
          new ResultEntry(
              row,
              byTicket ? ResultEntry.TICKET : ResultEntry.APPLICATION,
              who,
              e.text("item"),
              e.integer("attempt"),
              value));
    }
    int saved =
        results.record(RequestActor.of(request), recruitmentId, entries, Attempt.Source.MANUAL);
    return Json.createObjectBuilder().add("saved", saved).build();
  }

  /** Imports a timing device's CSV export (text/csv, UTF-8). */
  @POST
  @Path("/imports")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public JsonObject importCsv(@PathParam("r") long recruitmentId, String csv) {
    int saved = results.importCsv(RequestActor.of(request), recruitmentId, csv);
    return Json.createObjectBuilder().add("saved", saved).build();
  }

  /** Imports the first sheet of an Excel workbook. */
  @POST
  @Path("/imports")
  @Consumes({
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-excel",
    MediaType.APPLICATION_OCTET_STREAM
  })
  public JsonObject importExcel(@PathParam("r") long recruitmentId, byte[] workbook) {
    int saved = results.importExcel(RequestActor.of(request), recruitmentId, workbook);
    return Json.createObjectBuilder().add("saved", saved).build();
  }

  /** Sends every candidate's outcome to the pipeline. */
  @POST
  @Path("/outcomes")
  public JsonObject report(@PathParam("r") long recruitmentId) {
    OutcomeReceipt r = evaluation.report(RequestActor.of(request), recruitmentId);
    return Json.createObjectBuilder()
        .add("stored", r.stored())
        .add("unchanged", r.unchanged())
        .build();
  }
}
