package org.zhaokao.written.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import java.util.List;
import org.zhaokao.security.web.RequestActor;
import org.zhaokao.written.application.ChiefDesk;
import org.zhaokao.written.application.MarkingDashboard;
import org.zhaokao.written.application.MarkingOpening;
import org.zhaokao.written.application.ScoreReporting;

/**
 * The chief marker's side: {@code /api/marking-chief} — the ended exams they lead, and per
 * recruitment the dashboard, opening the marking, a question's tolerance, and the release of the
 * scores.
 */
@Path("/marking-chief")
@Produces(MediaType.APPLICATION_JSON)
public class ChiefMarkingResource {

  @Inject private ChiefDesk chief;
  @Inject private MarkingOpening opening;
  @Context private HttpServletRequest request;

  @GET
  public List<ChiefDesk.ChiefExam> exams() {
    return chief.exams(RequestActor.of(request));
  }

  @GET
  @Path("/{recruitment}")
  public MarkingDashboard dashboard(@PathParam("recruitment") long recruitment) {
    return chief.dashboard(RequestActor.of(request), recruitment);
  }

  @POST
  @Path("/{recruitment}/opening")
  public MarkingOpening.Opened open(@PathParam("recruitment") long recruitment) {
    return opening.open(RequestActor.of(request), recruitment);
  }

  /** Sets {@code {"tolerance": 3}} (points) for one question. */
  @PUT
  @Path("/{recruitment}/questions/{question}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response tolerance(
      @PathParam("recruitment") long recruitment,
      @PathParam("question") long question,
      JsonObject body) {
    if (body == null || Bodies.decimal(body, "tolerance") == null) {
      throw new BadRequest("tolerance (a number of points) is required");
    }
    opening.tolerance(
        RequestActor.of(request), recruitment, question, Bodies.decimal(body, "tolerance"));
    return Response.noContent().build();
  }

  @POST
  @Path("/{recruitment}/release")
  public ScoreReporting.Reported release(@PathParam("recruitment") long recruitment) {
    return chief.release(RequestActor.of(request), recruitment);
  }
}
