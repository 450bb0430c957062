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
import org.zhaokao.written.application.MarkingDesk;
import org.zhaokao.written.application.TaskView;

/**
 * A marker's side of the marking: {@code /api/marking} — the exams they may mark, the next task of
 * one (204 when none is left for them), a particular task, and their score of a task they hold.
 */
@Path("/marking")
@Produces(MediaType.APPLICATION_JSON)
public class MarkingResource {

  @Inject private MarkingDesk desk;
  @Context private HttpServletRequest request;

  @GET
  @Path("/recruitments")
  public List<MarkingDesk.MarkingExam> exams() {
    return desk.exams(RequestActor.of(request));
  }

  @POST
  @Path("/recruitments/{recruitment}/next")
  public Response next(@PathParam("recruitment") long recruitment) {
    return desk.next(RequestActor.of(request), recruitment)
        .map(t -> Response.ok(t).build())
        .orElseGet(() -> Response.noContent().build());
  }

  @POST
  @Path("/tasks/{task}/claim")
  public TaskView claim(@PathParam("task") long task) {
    return desk.claim(RequestActor.of(request), task);
  }

  /** Submits {@code {"score": 12.5}}; the score is sealed once accepted. */
  @PUT
  @Path("/tasks/{task}/score")
  @Consumes(MediaType.APPLICATION_JSON)
  public MarkingDesk.Submitted score(@PathParam("task") long task, JsonObject body) {
    if (body == null || Bodies.decimal(body, "score") == null) {
      throw new BadRequest("score (a number) is required");
    }
    return desk.submit(RequestActor.of(request), task, Bodies.decimal(body, "score"));
  }
}
