package org.zhaokao.interview.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.zhaokao.interview.application.CandidateLine;
import org.zhaokao.interview.application.ExaminerScoring;
import org.zhaokao.interview.application.InterviewProblem;
import org.zhaokao.interview.application.PanelSetup;
import org.zhaokao.interview.application.PanelView;
import org.zhaokao.interview.application.SchemeView;
import org.zhaokao.interview.application.ScoreRoom;
import org.zhaokao.interview.application.SummaryView;
import org.zhaokao.security.web.RequestActor;

/** One panel: its sessions, its candidates for the examiners, and the score room. */
@Path("/panels/{panel}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PanelResource {

  @EJB private PanelSetup panels;
  @EJB private ExaminerScoring scoring;
  @EJB private ScoreRoom scoreRoom;
  @Context private HttpServletRequest request;

  /**
   * {@code {"date":"2026-12-05","part":"MORNING","startsAt":"08:30","venue":"人才大厦3楼"}} → 201; the
   * reporting time and the venue are optional.
   */
  @POST
  @Path("sessions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addSession(@PathParam("panel") long panelId, JsonObject body) {
    JsonObject o = Bodies.required(body);
    String date = Bodies.text(o, "date");
    LocalDate day;
    try {
      day = date == null ? null : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw InterviewProblem.invalid("date", "Give the date as 2026-12-05");
    }
    PanelView.SessionView created =
        panels.addSession(
            RequestActor.of(request),
            panelId,
            day,
            Bodies.text(o, "part"),
            Bodies.time(o, "startsAt"),
            Bodies.text(o, "venue"));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  /** The examiner's candidates, by plate in drawn order. */
  @GET
  @Path("candidates")
  public List<CandidateLine> candidates(@PathParam("panel") long panelId) {
    return scoring.candidates(RequestActor.of(request), panelId);
  }

  /** The dimensions the examiner scores in. */
  @GET
  @Path("scheme")
  public SchemeView scheme(@PathParam("panel") long panelId) {
    return scoring.scheme(RequestActor.of(request), panelId);
  }

  @POST
  @Path("unsealing")
  public SummaryView unseal(@PathParam("panel") long panelId) {
    return scoreRoom.unseal(RequestActor.of(request), panelId);
  }

  @GET
  @Path("summary")
  public SummaryView summary(@PathParam("panel") long panelId) {
    return scoreRoom.summary(RequestActor.of(request), panelId);
  }

  /** {@code {"password":"..."}}: the chief examiner signs, re-entering the password. */
  @POST
  @Path("signature")
  @Consumes(MediaType.APPLICATION_JSON)
  public SummaryView sign(@PathParam("panel") long panelId, JsonObject body) {
    JsonObject o = Bodies.required(body);
    return scoreRoom.sign(RequestActor.of(request), panelId, Bodies.text(o, "password"));
  }
}
