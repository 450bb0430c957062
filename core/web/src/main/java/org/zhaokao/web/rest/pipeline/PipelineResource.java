package org.zhaokao.web.rest.pipeline;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.zhaokao.pipeline.application.flow.AdmissionView;
import org.zhaokao.pipeline.application.flow.Admissions;
import org.zhaokao.pipeline.application.flow.OutcomeForm;
import org.zhaokao.pipeline.application.flow.OutcomeIntake;
import org.zhaokao.pipeline.application.flow.PipelineSetup;
import org.zhaokao.pipeline.application.flow.PluginConfigView;
import org.zhaokao.pipeline.application.flow.RankingView;
import org.zhaokao.pipeline.application.flow.Results;
import org.zhaokao.pipeline.application.flow.ScheduleForm;
import org.zhaokao.pipeline.application.flow.SettingsForm;
import org.zhaokao.pipeline.application.flow.StageInstanceView;
import org.zhaokao.pipeline.application.flow.StagePluginConfig;
import org.zhaokao.pipeline.application.flow.StageProgress;
import org.zhaokao.pipeline.application.flow.StageResultsView;
import org.zhaokao.plugins.api.outcome.OutcomeReceipt;
import org.zhaokao.web.security.Login;

/**
 * The stage pipeline of a recruitment (阶段流程) for staff ({@code pipeline:manage}) and employer users
 * ({@code pipeline:view}, {@code pipeline:confirm} on their employer): chain, stage settings,
 * lifecycle, outcomes, confirmation, publication, ranking with export and verifier, admission.
 */
@Path("/admin/pipeline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PipelineResource {

  @EJB private PipelineSetup setup;
  @EJB private StagePluginConfig pluginConfig;
  @EJB private StageProgress progress;
  @EJB private OutcomeIntake intake;
  @EJB private Results results;
  @EJB private Admissions admissions;
  @Inject private Login login;

  @GET
  @Path("recruitments/{id: [0-9]+}/chain")
  public List<StageInstanceView> chain(@PathParam("id") long id) {
    return setup.chain(login.actor(), id);
  }

  /** Sets the chain: {@code {"stages":["written-exam","interview"]}}. */
  @PUT
  @Path("recruitments/{id: [0-9]+}/chain")
  public List<StageInstanceView> compose(@PathParam("id") long id, JsonObject body) {
    JsonArray stages = body == null ? null : body.getJsonArray("stages");
    if (stages == null) {
      throw new BadRequestException("Send stages: the stage ids in order");
    }
    List<String> ids =
        stages.stream()
            .map(
                v -> {
                  if (v.getValueType() != JsonValue.ValueType.STRING) {
                    throw new BadRequestException("stages are stage ids");
                  }
                  return ((JsonString) v).getString();
                })
            .toList();
    return setup.compose(login.actor(), id, ids);
  }

  @PUT
  @Path("stages/{id: [0-9]+}/settings")
  public StageInstanceView configure(@PathParam("id") long id, SettingsForm form) {
    return setup.configure(login.actor(), id, form);
  }

  /** The stage plugin's settings for this recruitment, one typed field per property. */
  @GET
  @Path("stages/{id: [0-9]+}/config")
  public PluginConfigView pluginConfig(@PathParam("id") long id) {
    return pluginConfig.view(login.actor(), id);
  }

  /**
   * Sets the stage plugin's settings until the stage starts: {@code {"durationMinutes":"120"}}
   * (texts, numbers or booleans; null or missing: the plugin's default). 422 names every property
   * that breaks the plugin's rule; 409 once the stage has started.
   */
  @PUT
  @Path("stages/{id: [0-9]+}/config")
  public PluginConfigView configurePlugin(@PathParam("id") long id, JsonObject body) {
    return pluginConfig.configure(login.actor(), id, PluginConfigBody.values(body));
  }

  /**
   * Sets when and where the stage takes place, until it starts: {@code
   * {"startsAt":"2026-12-06T09:00:00+08:00","endsAt":"2026-12-06T11:00:00+08:00","place":"..."}}.
   */
  @PUT
  @Path("stages/{id: [0-9]+}/schedule")
  public StageInstanceView schedule(@PathParam("id") long id, ScheduleForm form) {
    return setup.schedule(login.actor(), id, form);
  }

  /** Proposes a change of a started stage's settings (a second person approves). */
  @POST
  @Path("stages/{id: [0-9]+}/settings/proposal")
  public StageInstanceView propose(@PathParam("id") long id, SettingsForm form) {
    return setup.propose(login.actor(), id, form);
  }

  @POST
  @Path("stages/{id: [0-9]+}/settings/approval")
  public StageInstanceView approve(@PathParam("id") long id) {
    return setup.approve(login.actor(), id);
  }

  /** Moves the stage on: {@code {"to":"NOTIFIED"}}, IN_PROGRESS or RESULTS_ENTERED. */
  @POST
  @Path("stages/{id: [0-9]+}/transition")
  public StageInstanceView advance(@PathParam("id") long id, JsonObject body) {
    if (body == null || !body.containsKey("to")) {
      throw new BadRequestException("Send to: the next status");
    }
    return progress.advance(login.actor(), id, body.getString("to", null));
  }

  /** Staff enter outcomes: a list of {@code {"applicationId":1,"status":"PASSED","score":80}}. */
  @PUT
  @Path("stages/{id: [0-9]+}/outcomes")
  public OutcomeReceipt enter(@PathParam("id") long id, List<OutcomeForm> outcomes) {
    return intake.enter(login.actor(), id, outcomes);
  }

  /** After confirmation: proposes a change of one outcome (a second person approves). */
  @POST
  @Path("stages/{id: [0-9]+}/outcomes/proposal")
  public Response proposeChange(@PathParam("id") long id, OutcomeForm form) {
    intake.proposeChange(login.actor(), id, form);
    return Response.noContent().build();
  }

  @POST
  @Path("stages/{id: [0-9]+}/outcomes/{application: [0-9]+}/approval")
  public Response approveChange(@PathParam("id") long id, @PathParam("application") long app) {
    intake.approveChange(login.actor(), id, app);
    return Response.noContent().build();
  }

  @GET
  @Path("stages/{id: [0-9]+}/results")
  public StageResultsView results(@PathParam("id") long id) {
    return results.stageResults(login.actor(), id);
  }

  /** The employer confirms the stage's results. */
  @POST
  @Path("stages/{id: [0-9]+}/confirmation")
  public StageInstanceView confirm(@PathParam("id") long id) {
    return progress.confirm(login.actor(), id);
  }

  /** Publishes and notifies; those who advance enter the next stage. */
  @POST
  @Path("stages/{id: [0-9]+}/publication")
  public StageInstanceView publish(@PathParam("id") long id) {
    return progress.publish(login.actor(), id);
  }

  @GET
  @Path("recruitments/{id: [0-9]+}/ranking")
  public RankingView ranking(@PathParam("id") long id) {
    return results.ranking(login.actor(), id);
  }

  /** The ranking as CSV; the hashes are in the first row and in X-Inputs-SHA256. */
  @GET
  @Path("recruitments/{id: [0-9]+}/ranking.csv")
  @Produces("text/csv")
  public Response rankingCsv(@PathParam("id") long id) {
    return RankingExport.csv(results.ranking(login.actor(), id));
  }

  /** The ranking as an Excel workbook, likewise. */
  @GET
  @Path("recruitments/{id: [0-9]+}/ranking.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response rankingXlsx(@PathParam("id") long id) {
    return RankingExport.xlsx(results.ranking(login.actor(), id));
  }

  /** Recomputes the ranking from stored outcomes and compares it with the recorded one. */
  @POST
  @Path("recruitments/{id: [0-9]+}/ranking/verification")
  public Results.Verification verify(@PathParam("id") long id) {
    return results.verify(login.actor(), id);
  }

  @POST
  @Path("recruitments/{id: [0-9]+}/admission")
  public Response proposeAdmission(@PathParam("id") long id) {
    return Response.status(201).entity(admissions.propose(login.actor(), id)).build();
  }

  @GET
  @Path("recruitments/{id: [0-9]+}/admission")
  public AdmissionView admission(@PathParam("id") long id) {
    return admissions.view(login.actor(), id);
  }

  /** The employer confirms the proposed admits (the list, or a substitute). */
  @POST
  @Path("recruitments/{id: [0-9]+}/admission/confirmation")
  public AdmissionView confirmAdmission(@PathParam("id") long id) {
    return admissions.confirm(login.actor(), id);
  }

  /** Publishes with {@code {"publicityDays":7}}. */
  @POST
  @Path("recruitments/{id: [0-9]+}/admission/publication")
  public AdmissionView publishAdmission(@PathParam("id") long id, JsonObject body) {
    if (body == null || !body.containsKey("publicityDays")) {
      throw new BadRequestException("Send publicityDays");
    }
    return admissions.publish(login.actor(), id, body.getInt("publicityDays"));
  }

  /** {@code {"status":"WITHDRAWN","reason":"..."}}: takes an admit off and proposes the next. */
  @POST
  @Path("recruitments/{id: [0-9]+}/admission/admits/{application: [0-9]+}/removal")
  public AdmissionView remove(
      @PathParam("id") long id, @PathParam("application") long app, JsonObject body) {
    if (body == null) {
      throw new BadRequestException("Send status and reason");
    }
    return admissions.remove(
        login.actor(), id, app, body.getString("status", null), body.getString("reason", null));
  }
}
