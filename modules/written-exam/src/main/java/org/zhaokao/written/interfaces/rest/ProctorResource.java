package org.zhaokao.written.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.security.web.RequestActor;
import org.zhaokao.written.application.AdmissionDesk;
import org.zhaokao.written.application.ProctorDesk;
import org.zhaokao.written.application.ProctorRoster;

/**
 * The proctor's desk over REST: {@code /api/proctoring/{recruitment}} (the live roster) and, per
 * candidate, the last snapshot, messages, ending the attempt and reporting to discipline.
 */
@Path("/proctoring/{recruitment}")
@Produces(MediaType.APPLICATION_JSON)
public class ProctorResource {

  @Inject private ProctorDesk desk;
  @Inject private AdmissionDesk admissions;
  @Context private HttpServletRequest request;

  @GET
  public List<ProctorRoster.Line> roster(@PathParam("recruitment") long recruitment) {
    return desk.roster(actor(), recruitment);
  }

  /** The last webcam snapshot; never cached, as it shows a person. */
  @GET
  @Path("/candidates/{application}/snapshot")
  @Produces("image/jpeg")
  public Response snapshot(
      @PathParam("recruitment") long recruitment, @PathParam("application") long application) {
    return picture(desk.lastSnapshot(actor(), recruitment, application));
  }

  /** The live photo the candidate sent for the identity check. */
  @GET
  @Path("/candidates/{application}/live-photo")
  @Produces("image/jpeg")
  public Response livePhoto(
      @PathParam("recruitment") long recruitment, @PathParam("application") long application) {
    return picture(admissions.livePhoto(actor(), recruitment, application));
  }

  /** The photo the candidate applied with (JPEG or PNG, the browser tells them apart). */
  @GET
  @Path("/candidates/{application}/application-photo")
  @Produces({"image/jpeg", "image/png"})
  public Response applicationPhoto(
      @PathParam("recruitment") long recruitment, @PathParam("application") long application) {
    return picture(admissions.applicationPhoto(actor(), recruitment, application));
  }

  /** {@code {"admit": true}} or {@code {"admit": false, "reason": "..."}}. */
  @POST
  @Path("/candidates/{application}/admission")
  @Consumes(MediaType.APPLICATION_JSON)
  public AdmissionDesk.Decided admit(
      @PathParam("recruitment") long recruitment,
      @PathParam("application") long application,
      JsonObject body) {
    jakarta.json.JsonValue v = body.get("admit");
    if (v != jakarta.json.JsonValue.TRUE && v != jakarta.json.JsonValue.FALSE) {
      throw new BadRequest("admit must be true or false");
    }
    return admissions.decide(
        actor(),
        recruitment,
        application,
        v == jakarta.json.JsonValue.TRUE,
        Bodies.text(body, "reason"));
  }

  /** Pictures of people: never cached. */
  private static Response picture(byte[] bytes) {
    CacheControl none = new CacheControl();
    none.setNoStore(true);
    boolean png = bytes.length > 3 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P';
    return Response.ok(bytes, png ? "image/png" : "image/jpeg").cacheControl(none).build();
  }

  /** {@code {"text": "请正视摄像头"}}. */
  @POST
  @Path("/candidates/{application}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  public ProctorDesk.Sent message(
      @PathParam("recruitment") long recruitment,
      @PathParam("application") long application,
      JsonObject body) {
    return desk.message(actor(), recruitment, application, Bodies.text(body, "text"));
  }

  /** {@code {"reason": "..."}}: ends the attempt now (强制交卷). */
  @POST
  @Path("/candidates/{application}/submission")
  @Consumes(MediaType.APPLICATION_JSON)
  public ProctorDesk.Forced forceSubmit(
      @PathParam("recruitment") long recruitment,
      @PathParam("application") long application,
      JsonObject body) {
    return desk.forceSubmit(actor(), recruitment, application, Bodies.text(body, "reason"));
  }

  /** {@code {"facts": "..."}}: reports the candidate to discipline. */
  @POST
  @Path("/candidates/{application}/incident")
  @Consumes(MediaType.APPLICATION_JSON)
  public ProctorDesk.Reported report(
      @PathParam("recruitment") long recruitment,
      @PathParam("application") long application,
      JsonObject body) {
    return desk.report(actor(), recruitment, application, Bodies.text(body, "facts"));
  }

  private Actor actor() {
    return RequestActor.of(request);
  }
}
