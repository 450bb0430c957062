package org.zhaokao.physical.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhaokao.physical.application.EvaluationUseCases;
import org.zhaokao.physical.application.ResultUseCases;
import org.zhaokao.physical.application.StageProblem;
import org.zhaokao.physical.domain.imports.ResultEntry;
import org.zhaokao.physical.domain.sitting.Attempt;
import org.zhaokao.plugins.api.outcome.OutcomeReceipt;
import org.zhaokao.security.web.RequestActor;

/**
 * Figures in (typed, or imported from a timing device's CSV or an Excel workbook) and outcomes out
 * to the pipeline, under {@code /api/recruitments/{id}/results}.
 */
@Path("/recruitments/{r}/results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResultResource {

  @Inject private ResultUseCases results;
  @Inject private EvaluationUseCases evaluation;
  @Context private HttpServletRequest request;

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
  @Path("/report")
  public JsonObject report(@PathParam("r") long recruitmentId) {
    OutcomeReceipt r = evaluation.report(RequestActor.of(request), recruitmentId);
    return Json.createObjectBuilder()
        .add("stored", r.stored())
        .add("unchanged", r.unchanged())
        .build();
  }
}
