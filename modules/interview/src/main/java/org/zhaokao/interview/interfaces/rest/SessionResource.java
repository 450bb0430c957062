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
import java.util.Locale;
import java.util.Optional;
import org.zhaokao.interview.application.DrawView;
import org.zhaokao.interview.application.LotDrawing;
import org.zhaokao.interview.application.PanelSetup;
import org.zhaokao.security.web.RequestActor;

/** One session: who sits it, and its lot drawing. */
@Path("/sessions/{session}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  @EJB private PanelSetup panels;
  @EJB private LotDrawing drawing;
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

  /** The printable order list. */
  @GET
  @Path("order.html")
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  public String orderList(@PathParam("session") long sessionId) {
    Locale locale = request.getLocale();
    return OrderListPage.render(
        drawing.orderSheet(RequestActor.of(request), sessionId),
        OrderListPage.bundle(locale == null ? Locale.SIMPLIFIED_CHINESE : locale));
  }
}
