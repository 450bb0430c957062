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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.zhaokao.physical.application.CatalogueUseCases;
import org.zhaokao.physical.application.PlanUseCases;
import org.zhaokao.physical.application.PlanUseCases.PlanLine;
import org.zhaokao.physical.application.StageProblem;
import org.zhaokao.physical.domain.catalogue.TestItem;
import org.zhaokao.physical.domain.plan.TestPlan;
import org.zhaokao.physical.domain.plan.TestSession;
import org.zhaokao.physical.domain.standard.PassRule;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.security.web.RequestActor;

/** Setting up a recruitment's test: {@code /api/recruitments/{id}/plan}, sessions and seats. */
@Path("/recruitments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RecruitmentResource {

  @Inject private PlanUseCases planning;
  @Inject private CatalogueUseCases catalogue;
  @Context private HttpServletRequest request;

  @GET
  public JsonArray recruitments() {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (StageAssignment a : planning.recruitments(actor())) {
      out.add(
          Json.createObjectBuilder()
              .add("recruitmentId", a.recruitmentId())
              .add("title", a.recruitmentTitle())
              .add("phase", a.phase().name())
              .add("entrants", a.entrants()));
    }
    return out.build();
  }

  @GET
  @Path("/{r}/plan")
  public JsonObject plan(@PathParam("r") long recruitmentId) {
    Actor actor = actor();
    TestPlan plan =
        planning
            .plan(actor, recruitmentId)
            .orElseThrow(
                () -> StageProblem.notFound("no plan yet for recruitment " + recruitmentId));
    return Views.plan(plan, codes(actor));
  }

  /**
   * Sets the plan: {@code {"items":[{"code":"RUN_1000","attempts":1}],"passRule":"AT_LEAST",
   * "required":2}}.
   */
  @PUT
  @Path("/{r}/plan")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject definePlan(@PathParam("r") long recruitmentId, JsonValue json) {
    Body body = Body.of(json);
    JsonValue items = body.json().get("items");
    if (items == null || items.getValueType() != JsonValue.ValueType.ARRAY) {
      throw StageProblem.invalid("items must be a list of {code, attempts}");
    }
    List<PlanLine> lines = new ArrayList<>();
    for (JsonValue v : items.asJsonArray()) {
      Body line = Body.of(v);
      lines.add(new PlanLine(line.text("code"), line.optionalInteger("attempts")));
    }
    PassRule rule;
    try {
      PassRule.Kind kind = PassRule.Kind.valueOf(body.text("passRule"));
      rule = new PassRule(kind, body.optionalInteger("required").orElse(0));
    } catch (IllegalArgumentException e) {
      throw StageProblem.invalid(
          "passRule must be ALL or AT_LEAST with required >= 1: " + e.getMessage());
    }
    Actor actor = actor();
    return Views.plan(planning.define(actor, recruitmentId, lines, rule), codes(actor));
  }

  @GET
  @Path("/{r}/sessions")
  public JsonArray sessions(@PathParam("r") long recruitmentId) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    planning.sessions(actor(), recruitmentId).forEach(s -> out.add(Views.session(s)));
    return out.build();
  }

  /** Adds a session: {@code {"startsAt":"2026-12-05T08:30:00+08:00","place":"市体育中心"}}. */
  @POST
  @Path("/{r}/sessions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addSession(@PathParam("r") long recruitmentId, JsonValue json) {
    Body body = Body.of(json);
    OffsetDateTime startsAt;
    try {
      startsAt = OffsetDateTime.parse(body.text("startsAt"));
    } catch (DateTimeParseException e) {
      throw StageProblem.invalid(
          "startsAt must be ISO-8601 with an offset, e.g. 2026-12-05T08:30:00+08:00");
    }
    TestSession s =
        planning.addSession(actor(), recruitmentId, startsAt.toInstant(), body.text("place"));
    return Response.status(201).entity(Views.session(s)).build();
  }

  /** Seats candidates in a session: {@code {"applicationIds":[1,2]}}. */
  @PUT
  @Path("/{r}/sessions/{s}/seats")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject assign(
      @PathParam("r") long recruitmentId, @PathParam("s") long sessionId, JsonValue json) {
    JsonValue ids = Body.of(json).json().get("applicationIds");
    if (ids == null || ids.getValueType() != JsonValue.ValueType.ARRAY) {
      throw StageProblem.invalid("applicationIds must be a list of application ids");
    }
    List<Long> apps = new ArrayList<>();
    for (JsonValue v : ids.asJsonArray()) {
      if (v.getValueType() != JsonValue.ValueType.NUMBER) {
        throw StageProblem.invalid("applicationIds must be numbers");
      }
      apps.add(((jakarta.json.JsonNumber) v).longValue());
    }
    int seated = planning.assign(actor(), recruitmentId, sessionId, apps);
    return Json.createObjectBuilder().add("seated", seated).build();
  }

  private java.util.function.LongFunction<String> codes(Actor actor) {
    Map<Long, String> byId =
        catalogue.items(actor).stream().collect(Collectors.toMap(TestItem::id, TestItem::code));
    return id -> byId.getOrDefault(id, String.valueOf(id));
  }

  private Actor actor() {
    return RequestActor.of(request);
  }
}
