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
import org.zhaokao.physical.application.CandidateResult;
import org.zhaokao.physical.application.EvaluationUseCases;
import org.zhaokao.physical.application.SittingUseCases;
import org.zhaokao.physical.domain.sitting.Seat;
import org.zhaokao.security.web.RequestActor;

/**
 * The candidates of a recruitment's test: their results as they stand, sign-in and removal, under
 * {@code /api/recruitments/{id}/candidates}.
 */
@Path("/recruitments/{r}/candidates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CandidateResource {

  @Inject private SittingUseCases sitting;
  @Inject private EvaluationUseCases evaluation;
  @Context private HttpServletRequest request;

  /** Every candidate with session, sign-in, best figures, verdicts and outcome as it stands. */
  @GET
  public JsonArray candidates(@PathParam("r") long recruitmentId) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (CandidateResult c : evaluation.results(RequestActor.of(request), recruitmentId)) {
      out.add(Views.candidate(c));
    }
    return out.build();
  }

  /** Signs a candidate in: {@code {"sessionId":3,"identityConfirmed":true}}. */
  @POST
  @Path("/{a}/sign-in")
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
  @Path("/{a}/disqualification")
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
}
