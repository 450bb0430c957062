package org.zhaokao.interview.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
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
import org.zhaokao.interview.Messages;
import org.zhaokao.interview.application.Calling;
import org.zhaokao.interview.application.ExaminerScoring;
import org.zhaokao.interview.application.Notices;
import org.zhaokao.interview.application.OnlineForm;
import org.zhaokao.interview.application.PanelSetup;
import org.zhaokao.interview.application.SheetView;
import org.zhaokao.security.web.RequestActor;

/**
 * One candidate's place: the examiner's own sheet, absence, the recording references, the online
 * meeting link and the interview notice.
 */
@Path("/slots/{slot}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SlotResource {

  @EJB private ExaminerScoring scoring;
  @EJB private PanelSetup panels;
  @EJB private Calling calling;
  @EJB private OnlineForm online;
  @EJB private Notices notices;
  @Context private HttpServletRequest request;

  /** {@code {"scores":{"analysis":24.5,...},"submit":false}}: the examiner's own sheet. */
  @PUT
  @Path("sheet")
  @Consumes(MediaType.APPLICATION_JSON)
  public SheetView fill(@PathParam("slot") long slotId, JsonObject body) {
    JsonObject o = Bodies.required(body);
    return scoring.fill(
        RequestActor.of(request), slotId, Bodies.scores(o), Bodies.flag(o, "submit"));
  }

  @POST
  @Path("absence")
  public Response absent(@PathParam("slot") long slotId) {
    panels.markAbsent(RequestActor.of(request), slotId);
    return Response.noContent().build();
  }

  /** {@code {"references":["rec-0301-07","https://..."]}}: replaces the recording references. */
  @PUT
  @Path("recordings")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject recordings(@PathParam("slot") long slotId, JsonObject body) {
    JsonObject o = Bodies.required(body);
    List<String> kept =
        calling.recordings(RequestActor.of(request), slotId, Bodies.texts(o, "references"));
    return Json.createObjectBuilder()
        .add("slotId", slotId)
        .add("references", Json.createArrayBuilder(kept))
        .build();
  }

  /**
   * {@code {"link":"https://meet.example/abc","opensAt":"2026-12-05T09:00+08:00",
   * "closesAt":"2026-12-05T09:30+08:00"}}: the online form's meeting link and its time slot.
   */
  @PUT
  @Path("meeting")
  @Consumes(MediaType.APPLICATION_JSON)
  public OnlineForm.Meeting meeting(@PathParam("slot") long slotId, JsonObject body) {
    JsonObject o = Bodies.required(body);
    return online.set(
        RequestActor.of(request),
        slotId,
        Bodies.text(o, "link"),
        Bodies.instant(o, "opensAt"),
        Bodies.instant(o, "closesAt"));
  }

  /** The interview notice, for its candidate (or the stage's managers). */
  @GET
  @Path("notice.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response notice(@PathParam("slot") long slotId) {
    return Pdfs.download(
        Pdfs.notice(
            notices.notice(RequestActor.of(request), slotId), Messages.bundle(Locales.of(request))),
        "interview-notice-" + slotId + ".pdf");
  }
}
