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
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.security.web.RequestActor;
import org.zhaokao.written.application.Invigilation;
import org.zhaokao.written.application.OfflineSeating;
import org.zhaokao.written.application.OmrImport;
import org.zhaokao.written.domain.offline.Presence;
import org.zhaokao.written.domain.offline.Venue;
import org.zhaokao.written.infrastructure.pdf.SignInSheet;
import org.zhaokao.written.interfaces.excel.OmrFile;

/**
 * The offline exam of a recruitment: {@code .../exam/venues}, {@code .../exam/rooms}, the seat
 * allocation, a room's seat map, sign-in sheet and the invigilator's marks, and the OMR import.
 */
@Path("/recruitments")
@Produces(MediaType.APPLICATION_JSON)
public class OfflineResource {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private OfflineSeating seating;
  @Inject private Invigilation invigilation;
  @Inject private OmrImport omr;
  @Context private HttpServletRequest request;

  @POST
  @Path("/{recruitment}/exam/venues")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response venue(@PathParam("recruitment") long recruitment, JsonObject body) {
    Venue v =
        seating.addVenue(actor(), recruitment, text(body, "name", 200), text(body, "address", 500));
    return Response.status(201)
        .entity(Map.of("id", v.id(), "name", v.name(), "address", v.address()))
        .build();
  }

  @POST
  @Path("/{recruitment}/exam/venues/{venue}/rooms")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response room(
      @PathParam("recruitment") long recruitment, @PathParam("venue") long venue, JsonObject body) {
    return Response.status(201)
        .entity(
            seating.addRoom(
                actor(),
                recruitment,
                venue,
                text(body, "name", 200),
                number(body, "rows"),
                number(body, "columns"),
                number(body, "capacity")))
        .build();
  }

  @GET
  @Path("/{recruitment}/exam/rooms")
  public List<OfflineSeating.RoomView> rooms(@PathParam("recruitment") long recruitment) {
    return seating.rooms(actor(), recruitment);
  }

  /** Seats the entrants without a seat; {@code {"seed": n}} replays a recorded run. */
  @POST
  @Path("/{recruitment}/exam/seating")
  public OfflineSeating.Allocated allocate(
      @PathParam("recruitment") long recruitment, String body) {
    Optional<Long> seed = Optional.empty();
    if (body != null && !body.isBlank()) {
      JsonObject o;
      try (var r = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
        o = r.readObject();
      } catch (RuntimeException e) {
        throw new BadRequest("the body is not a JSON object");
      }
      if (o.containsKey("seed")) {
        if (!(o.get("seed") instanceof JsonNumber n)) {
          throw new BadRequest("seed must be a number");
        }
        seed = Optional.of(n.longValue());
      }
    }
    return seating.allocate(actor(), recruitment, seed);
  }

  @GET
  @Path("/{recruitment}/exam/rooms/{room}/seats")
  public Invigilation.RoomMap seats(
      @PathParam("recruitment") long recruitment, @PathParam("room") long room) {
    return invigilation.map(actor(), recruitment, room);
  }

  @GET
  @Path("/{recruitment}/exam/rooms/{room}/sign-in.pdf")
  @Produces("application/pdf")
  public Response signIn(@PathParam("recruitment") long recruitment, @PathParam("room") long room) {
    byte[] pdf = SignInSheet.of(invigilation.map(actor(), recruitment, room), "笔试");
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"sign-in-" + room + ".pdf\"")
        .build();
  }

  /** {@code {"presence": "PRESENT|ABSENT|REMOVED", "facts": "..."}}. */
  @PUT
  @Path("/{recruitment}/exam/rooms/{room}/seats/{application}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Invigilation.SeatView mark(
      @PathParam("recruitment") long recruitment,
      @PathParam("room") long room,
      @PathParam("application") long application,
      JsonObject body) {
    Presence p;
    try {
      p = Presence.valueOf(body.getString("presence", ""));
    } catch (IllegalArgumentException e) {
      throw new BadRequest("presence must be PRESENT, ABSENT or REMOVED");
    }
    return invigilation.mark(
        actor(), recruitment, room, application, p, body.getString("facts", ""));
  }

  @POST
  @Path("/{recruitment}/exam/omr")
  @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public OmrImport.Imported omr(@PathParam("recruitment") long recruitment, byte[] file) {
    return omr.importSheets(actor(), recruitment, OmrFile.read(file));
  }

  private Actor actor() {
    return RequestActor.of(request);
  }

  private static String text(JsonObject body, String key, int max) {
    String s = body.getString(key, "").strip();
    if (s.isEmpty() || s.length() > max) {
      throw new BadRequest(key + " is 1 to " + max + " characters");
    }
    return s;
  }

  private static int number(JsonObject body, String key) {
    if (!(body.get(key) instanceof JsonNumber n) || !n.isIntegral()) {
      throw new BadRequest(key + " must be a whole number");
    }
    return n.intValue();
  }
}
