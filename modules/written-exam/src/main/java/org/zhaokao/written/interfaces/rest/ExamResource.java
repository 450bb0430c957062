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
import java.util.List;
import org.zhaokao.security.web.RequestActor;
import org.zhaokao.written.application.ExamPlanning;
import org.zhaokao.written.application.ExamRescheduling;
import org.zhaokao.written.application.ExamView;
import org.zhaokao.written.application.PaperIssuing;
import org.zhaokao.written.application.ScoreReporting;

/**
 * Staff's side of an exam: {@code /api/recruitments} (those whose chain holds the stage), the exam
 * of one, its papers and its report to the pipeline.
 */
@Path("/recruitments")
@Produces(MediaType.APPLICATION_JSON)
public class ExamResource {

  @Inject private ExamPlanning planning;
  @Inject private ExamRescheduling rescheduling;
  @Inject private PaperIssuing issuing;
  @Inject private ScoreReporting reporting;
  @Context private HttpServletRequest request;

  @GET
  public List<ExamPlanning.Assignment> assignments() {
    return planning.assignments(RequestActor.of(request));
  }

  @GET
  @Path("/{recruitment}/exam")
  public ExamView exam(@PathParam("recruitment") long recruitment) {
    return planning.get(RequestActor.of(request), recruitment);
  }

  @PUT
  @Path("/{recruitment}/exam")
  @Consumes(MediaType.APPLICATION_JSON)
  public ExamView plan(@PathParam("recruitment") long recruitment, JsonObject body) {
    return planning.plan(RequestActor.of(request), recruitment, Bodies.plan(body));
  }

  /**
   * Moves the exam's window: {@code {"startsAt", "endsAt", "reason"}}, times ISO-8601 with offset.
   * Before the start both may move; after it only the end. Entrants are notified.
   */
  @PUT
  @Path("/{recruitment}/exam/schedule")
  @Consumes(MediaType.APPLICATION_JSON)
  public ExamRescheduling.Rescheduled reschedule(
      @PathParam("recruitment") long recruitment, JsonObject body) {
    return rescheduling.reschedule(
        RequestActor.of(request),
        recruitment,
        Bodies.instant(body, "startsAt"),
        Bodies.instant(body, "endsAt"),
        Bodies.text(body, "reason"));
  }

  /**
   * Sets the rules candidates accept before the paper opens: {@code {"rules"}} (empty clears them).
   * Until the start, papers generated or not.
   */
  @PUT
  @Path("/{recruitment}/exam/rules")
  @Consumes(MediaType.APPLICATION_JSON)
  public ExamView rules(@PathParam("recruitment") long recruitment, JsonObject body) {
    if (body == null) {
      throw new BadRequest("a JSON object is required");
    }
    return planning.changeRules(RequestActor.of(request), recruitment, Bodies.text(body, "rules"));
  }

  @POST
  @Path("/{recruitment}/exam/papers")
  public PaperIssuing.Generated generate(@PathParam("recruitment") long recruitment) {
    return issuing.generate(RequestActor.of(request), recruitment);
  }

  @GET
  @Path("/{recruitment}/exam/papers")
  public List<PaperIssuing.PaperRow> papers(@PathParam("recruitment") long recruitment) {
    return issuing.papers(RequestActor.of(request), recruitment);
  }

  @POST
  @Path("/{recruitment}/exam/report")
  public ScoreReporting.Reported report(@PathParam("recruitment") long recruitment) {
    return reporting.report(RequestActor.of(request), recruitment);
  }
}
