package org.zhaokao.interview.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import org.zhaokao.interview.application.Calling;
import org.zhaokao.interview.application.CallingView;
import org.zhaokao.security.web.RequestActor;

/** A session's calling (叫号): the board by the server's clock, the next call, the end, the timer. */
@Path("/sessions/{session}/calling")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallingResource {

  @EJB private Calling calling;
  @Context private HttpServletRequest request;

  @GET
  public CallingView board(@PathParam("session") long sessionId) {
    return calling.board(RequestActor.of(request), sessionId);
  }

  /** Calls the next candidate in drawn order (ending the current answer). */
  @POST
  @Path("next")
  public CallingView next(@PathParam("session") long sessionId) {
    return calling.next(RequestActor.of(request), sessionId);
  }

  /** Records the end of the current answer. */
  @POST
  @Path("end")
  public CallingView end(@PathParam("session") long sessionId) {
    return calling.end(RequestActor.of(request), sessionId);
  }

  /** {@code {"answerSeconds":900,"warningSeconds":[180,60]}}. */
  @PUT
  @Path("timer")
  @Consumes(MediaType.APPLICATION_JSON)
  public CallingView timer(@PathParam("session") long sessionId, JsonObject body) {
    JsonObject o = Bodies.required(body);
    return calling.timer(
        RequestActor.of(request),
        sessionId,
        Bodies.integer(o, "answerSeconds"),
        Bodies.integers(o, "warningSeconds"));
  }
}
