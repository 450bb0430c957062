package org.zhaokao.written.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import org.zhaokao.security.web.RequestActor;
import org.zhaokao.written.application.PreExam;
import org.zhaokao.written.domain.preexam.DeviceCheck;

/**
 * The candidate's pre-exam page: {@code /api/me/exams/{exam}/pre-exam} (rules, whether accepted,
 * the last device check), the acceptance ({@code {"digest"}} of the rules read) and the device
 * check's report.
 */
@Path("/me/exams/{exam}/pre-exam")
@Produces(MediaType.APPLICATION_JSON)
public class PreExamResource {

  @Inject private PreExam preExam;
  @Context private HttpServletRequest request;

  @GET
  public PreExam.View view(@PathParam("exam") long exam) {
    return preExam.view(RequestActor.of(request), exam);
  }

  @POST
  @Path("/acceptance")
  @Consumes(MediaType.APPLICATION_JSON)
  public PreExam.View accept(@PathParam("exam") long exam, JsonObject body) {
    if (body == null) {
      throw new BadRequest("a JSON object is required");
    }
    return preExam.accept(RequestActor.of(request), exam, Bodies.text(body, "digest"));
  }

  /**
   * The device check as the browser ran it: {@code {"camera", "microphone", "media", "fullscreen",
   * "storage"}} each true or false, and the loudest {@code audioLevel} heard (0 to 100, optional).
   */
  @PUT
  @Path("/devices")
  @Consumes(MediaType.APPLICATION_JSON)
  public PreExam.View devices(@PathParam("exam") long exam, JsonObject body) {
    if (body == null) {
      throw new BadRequest("a JSON object is required");
    }
    DeviceCheck.Result result;
    try {
      result =
          new DeviceCheck.Result(
              flag(body, "camera"),
              flag(body, "microphone"),
              flag(body, "media"),
              flag(body, "fullscreen"),
              flag(body, "storage"),
              level(body));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
    return preExam.reportDevices(RequestActor.of(request), exam, result);
  }

  private static boolean flag(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v == JsonValue.TRUE) {
      return true;
    }
    if (v == JsonValue.FALSE) {
      return false;
    }
    throw new BadRequest(name + " must be true or false");
  }

  private static Integer level(JsonObject o) {
    JsonValue v = o.get("audioLevel");
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n && n.isIntegral()) {
      return n.intValue();
    }
    throw new BadRequest("audioLevel must be a whole number");
  }
}
