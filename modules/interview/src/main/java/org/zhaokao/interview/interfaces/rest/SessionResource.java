package org.zhaokao.interview.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
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
import java.util.List;
import java.util.Optional;
import org.zhaokao.interview.Messages;
import org.zhaokao.interview.application.DrawView;
import org.zhaokao.interview.application.LotDrawing;
import org.zhaokao.interview.application.Notices;
import org.zhaokao.interview.application.PanelSetup;
import org.zhaokao.interview.application.RosterLine;
import org.zhaokao.interview.application.WaitingRoom;
import org.zhaokao.security.web.RequestActor;

/** One session: who sits it, its notices, the waiting room's sign-in, and its lot drawing. */
@Path("/sessions/{session}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  @EJB private PanelSetup panels;
  @EJB private LotDrawing drawing;
  @EJB private WaitingRoom waitingRoom;
  @EJB private Notices notices;
  @Context private HttpServletRequest request;

  /** {@code {"applicationIds":[..]}}. */
  @POST
  @Path("entrants")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject assign(@PathParam("session") long sessionId, JsonObject body) {
    JsonObject o = Bodies.required(body);
    int n = panels.assign(RequestActor.of(request), sessionId, Bodies.ids(o, "applicationIds"));
    return Json.createObjectBuilder().add("assigned", n).build();
  }

  /** {@code {"seed":123}} or {@code {}} for a random seed; a second draw is 409. */
  @POST
  @Path("draw")
  @Consumes(MediaType.APPLICATION_JSON)
  public DrawView draw(@PathParam("session") long sessionId, JsonObject body) {
    JsonObject o = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
    return drawing.draw(
        RequestActor.of(request), sessionId, Optional.ofNullable(Bodies.id(o, "seed")));
  }

  /** The draw replayed from its recorded seed, with whether it matches the record. */
  @GET
  @Path("draw")
  public DrawView replay(@PathParam("session") long sessionId) {
    return drawing.replay(RequestActor.of(request), sessionId);
  }

  /** The roster with names for the identity check. */
  @GET
  @Path("roster")
  public List<RosterLine> roster(@PathParam("session") long sessionId) {
    return waitingRoom.roster(RequestActor.of(request), sessionId);
  }

  /**
   * {@code {"applicationId":..,"identityChecked":true}}: the candidate is present → 201; one not on
   * the roster is 422, after the draw 409.
   */
  @POST
  @Path("sign-ins")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response signIn(@PathParam("session") long sessionId, JsonObject body) {
    JsonObject o = Bodies.required(body);
    RosterLine line =
        waitingRoom.signIn(
            RequestActor.of(request),
            sessionId,
            Bodies.id(o, "applicationId"),
            Bodies.flag(o, "identityChecked"));
    return Response.status(Response.Status.CREATED).entity(line).build();
  }

  /** Sends every candidate of the session the interview notice, once. */
  @POST
  @Path("notices")
  public Notices.Sent sendNotices(@PathParam("session") long sessionId) {
    return notices.send(RequestActor.of(request), sessionId);
  }

  /** The drawn-order sheet as PDF. */
  @GET
  @Path("order.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response orderPdf(@PathParam("session") long sessionId) {
    return Pdfs.download(
        Pdfs.orderSheet(
            drawing.orderSheet(RequestActor.of(request), sessionId),
            Messages.bundle(Locales.of(request))),
        "interview-order-" + sessionId + ".pdf");
  }

  /** The printable order list. */
  @GET
  @Path("order.html")
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  public String orderList(@PathParam("session") long sessionId) {
    return OrderListPage.render(
        drawing.orderSheet(RequestActor.of(request), sessionId),
        OrderListPage.bundle(Locales.of(request)));
  }
}
