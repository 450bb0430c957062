package org.zhaokao.written.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
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
import java.util.Map;
import org.zhaokao.security.web.RequestActor;
import org.zhaokao.written.application.CandidatePaper;
import org.zhaokao.written.application.Invigilation;
import org.zhaokao.written.application.Sitting;

/**
 * A candidate's own exams: {@code /api/me/exams}, their paper, their answers (saved one by one with
 * a sequence number), their submission.
 */
@Path("/me/exams")
@Produces(MediaType.APPLICATION_JSON)
public class SittingResource {

  @Inject private Sitting sitting;
  @Inject private Invigilation invigilation;
  @Context private HttpServletRequest request;

  @GET
  public List<Sitting.MyExam> mine() {
    return sitting.myExams(RequestActor.of(request));
  }

  /** Where the candidate sits an offline exam: venue, room, seat (404 before the allocation). */
  @GET
  @Path("/{exam}/seat")
  public Invigilation.MySeat seat(@PathParam("exam") long exam) {
    return invigilation.mySeat(RequestActor.of(request), exam);
  }

  /** Opens the paper: 409 before the start. */
  @GET
  @Path("/{exam}/paper")
  public CandidatePaper paper(@PathParam("exam") long exam) {
    return sitting.open(RequestActor.of(request), exam);
  }

  @GET
  @Path("/{exam}/answers")
  public List<CandidatePaper.SavedAnswer> answers(@PathParam("exam") long exam) {
    return sitting.savedAnswers(RequestActor.of(request), exam);
  }

  /**
   * Saves one answer: {@code {"response":"B","seq":7}}. A save numbered at or below the stored one
   * changes nothing; the answer says whether it applied and which number is stored.
   */
  @PUT
  @Path("/{exam}/answers/{number}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Object> save(
      @PathParam("exam") long exam, @PathParam("number") int number, JsonObject body) {
    if (body == null || !(body.get("seq") instanceof JsonNumber seq) || !seq.isIntegral()) {
      throw new BadRequest("seq (an integer) is required");
    }
    Sitting.Saved saved =
        sitting.save(
            RequestActor.of(request), exam, number, Bodies.text(body, "response"), seq.longValue());
    return Map.of(
        "applied", saved.decision().applies(),
        "decision", saved.decision().name(),
        "storedSeq", saved.storedSeq());
  }

  @POST
  @Path("/{exam}/submission")
  public Map<String, Object> submit(@PathParam("exam") long exam) {
    return Map.of("submittedAt", sitting.submit(RequestActor.of(request), exam).toString());
  }
}
