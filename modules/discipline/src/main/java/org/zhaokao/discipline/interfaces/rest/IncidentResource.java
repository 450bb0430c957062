package org.zhaokao.discipline.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.zhaokao.discipline.application.BlacklistQuery;
import org.zhaokao.discipline.application.DecisionForm;
import org.zhaokao.discipline.application.IncidentIntakeService;
import org.zhaokao.discipline.application.IncidentView;
import org.zhaokao.discipline.application.IncidentWorkflow;
import org.zhaokao.discipline.application.ReportForm;
import org.zhaokao.security.web.RequestActor;

/**
 * Incidents for officers: report by hand, read, investigate, decide, approve, resolve, reinstate a
 * score, close.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncidentResource {

  @Inject private IncidentIntakeService intake;
  @Inject private IncidentWorkflow workflow;
  @Inject private BlacklistQuery blacklist;
  @Context private HttpServletRequest request;

  @POST
  @Path("incidents")
  public Response report(JsonObject body) {
    JsonObject b = Bodies.require(body);
    IncidentView v =
        intake.reportByHand(
            RequestActor.of(request),
            new ReportForm(
                Bodies.number(b, "recruitmentId"),
                Bodies.number(b, "applicationId"),
                Bodies.text(b, "stageId"),
                Bodies.text(b, "violationType"),
                Bodies.text(b, "facts"),
                Bodies.texts(b, "evidenceRefs")));
    return Response.created(URI.create("incidents/" + v.id())).entity(v).build();
  }

  @GET
  @Path("incidents")
  public List<IncidentView> list(@QueryParam("status") String status) {
    return workflow.list(RequestActor.of(request), status);
  }

  @GET
  @Path("incidents/{id: [0-9]+}")
  public IncidentView get(@PathParam("id") long id) {
    return workflow.get(RequestActor.of(request), id);
  }

  @POST
  @Path("incidents/{id: [0-9]+}/investigation")
  public IncidentView investigate(@PathParam("id") long id, JsonObject body) {
    return workflow.investigate(
        RequestActor.of(request), id, Bodies.text(Bodies.require(body), "findings"));
  }

  @POST
  @Path("incidents/{id: [0-9]+}/decision")
  public IncidentView decide(@PathParam("id") long id, JsonObject body) {
    JsonObject b = Bodies.require(body);
    Long years = Bodies.number(b, "blacklistYears");
    return workflow.decide(
        RequestActor.of(request),
        id,
        new DecisionForm(
            Bodies.texts(b, "sanctions"),
            years == null ? null : Math.toIntExact(Math.min(years, 1000)),
            Bodies.text(b, "blacklistScope"),
            Bodies.text(b, "reason")));
  }

  @POST
  @Path("incidents/{id: [0-9]+}/approval")
  public IncidentView approve(@PathParam("id") long id, JsonObject body) {
    Boolean approve = Bodies.bool(Bodies.require(body), "approve");
    return workflow.approve(RequestActor.of(request), id, approve == null || approve);
  }

  @POST
  @Path("incidents/{id: [0-9]+}/appeal-resolution")
  public IncidentView resolve(@PathParam("id") long id, JsonObject body) {
    JsonObject b = Bodies.require(body);
    return workflow.resolveAppeal(
        RequestActor.of(request), id, Bodies.bool(b, "upheld"), Bodies.text(b, "note"));
  }

  /** The score the decision voided in error comes back (恢复成绩); {@code {"note": "..."}}. */
  @POST
  @Path("incidents/{id: [0-9]+}/score-reinstatement")
  public IncidentView reinstateScore(@PathParam("id") long id, JsonObject body) {
    return workflow.reinstateScore(
        RequestActor.of(request), id, Bodies.text(Bodies.require(body), "note"));
  }

  @POST
  @Path("incidents/{id: [0-9]+}/closure")
  public IncidentView close(@PathParam("id") long id) {
    return workflow.close(RequestActor.of(request), id);
  }

  @GET
  @Path("blacklist")
  public List<BlacklistQuery.BlacklistView> blacklist() {
    return blacklist.all(RequestActor.of(request));
  }
}
