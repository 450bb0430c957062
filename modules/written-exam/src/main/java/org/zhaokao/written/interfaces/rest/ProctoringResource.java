package org.zhaokao.written.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhaokao.security.web.RequestActor;
import org.zhaokao.written.application.Proctoring;
import org.zhaokao.written.domain.proctoring.EventKind;

/**
 * What the candidate's exam page sends while the attempt runs: {@code
 * /api/me/exams/{exam}/proctoring/events} (window, clipboard and audio events), {@code /snapshots}
 * (webcam JPEGs) and {@code /messages} (the proctor's, to show).
 */
@Path("/me/exams/{exam}/proctoring")
@Produces(MediaType.APPLICATION_JSON)
public class ProctoringResource {

  @Inject private Proctoring proctoring;
  @Context private HttpServletRequest request;

  /** {@code {"events": [{"kind": "TAB_HIDDEN", "at": "2026-…Z"}, {"kind": "AUDIO_LEVEL", …}]}}. */
  @POST
  @Path("/events")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Object> events(@PathParam("exam") long exam, JsonObject body) {
    if (!(body.get("events") instanceof JsonArray list)) {
      throw new BadRequest("events must be an array");
    }
    List<Proctoring.Reported> events = new ArrayList<>();
    for (JsonValue v : list) {
      if (!(v instanceof JsonObject o)) {
        throw new BadRequest("every event is an object");
      }
      events.add(
          new Proctoring.Reported(
              Bodies.enumOf(EventKind.class, Bodies.text(o, "kind"), "kind"),
              Bodies.instant(o, "at"),
              level(o)));
    }
    return Map.of("stored", proctoring.report(RequestActor.of(request), exam, events));
  }

  @POST
  @Path("/snapshots")
  @Consumes("image/jpeg")
  public Map<String, Instant> snapshot(@PathParam("exam") long exam, byte[] jpeg) {
    return Map.of("takenAt", proctoring.snapshot(RequestActor.of(request), exam, jpeg));
  }

  @GET
  @Path("/messages")
  public List<Proctoring.MessageView> messages(@PathParam("exam") long exam) {
    return proctoring.messages(RequestActor.of(request), exam);
  }

  private static Integer level(JsonObject o) {
    JsonValue v = o.get("level");
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n && n.isIntegral()) {
      return n.intValue();
    }
    throw new BadRequest("level must be a whole number");
  }
}
