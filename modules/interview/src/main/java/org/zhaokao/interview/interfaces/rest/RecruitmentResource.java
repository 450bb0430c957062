package org.zhaokao.interview.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhaokao.interview.SchemeSettings;
import org.zhaokao.interview.application.DimensionForm;
import org.zhaokao.interview.application.InterviewProblem;
import org.zhaokao.interview.application.PanelForm;
import org.zhaokao.interview.application.PanelSetup;
import org.zhaokao.interview.application.PanelView;
import org.zhaokao.interview.application.SchemeForm;
import org.zhaokao.interview.application.SchemeSetup;
import org.zhaokao.interview.application.SchemeView;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.security.web.RequestActor;

/** A recruitment's interview: its scoring scheme and its panels. */
@Path("/recruitments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RecruitmentResource {

  @EJB private SchemeSetup schemes;
  @EJB private PanelSetup panels;
  @Context private HttpServletRequest request;

  @GET
  public List<StageAssignment> recruitments() {
    return schemes.recruitments(RequestActor.of(request));
  }

  @GET
  @Path("{recruitment}/scheme")
  public SchemeView scheme(@PathParam("recruitment") long recruitmentId) {
    return schemes.view(RequestActor.of(request), recruitmentId);
  }

  /**
   * {@code {"examinersPerPanel":5, "roundingScale":2, "roundingMode":"HALF_UP", "passingScore":60,
   * "dimensions":[{"code":"analysis","name":"综合分析","weight":30,"minScore":0,"maxScore":30}]}};
   * missing settings take the installed defaults.
   */
  @PUT
  @Path("{recruitment}/scheme")
  @Consumes(MediaType.APPLICATION_JSON)
  public SchemeView define(@PathParam("recruitment") long recruitmentId, JsonObject body) {
    JsonObject o = Bodies.required(body);
    Map<String, String> settings = new LinkedHashMap<>();
    for (String key :
        List.of(
            SchemeSettings.EXAMINERS,
            SchemeSettings.SCALE,
            SchemeSettings.MODE,
            SchemeSettings.PASSING)) {
      settings.put(key, Bodies.text(o, key));
    }
    JsonValue dims = o.get("dimensions");
    if (dims == null || dims.getValueType() != JsonValue.ValueType.ARRAY) {
      throw InterviewProblem.invalid("dimensions", "dimensions must be a list");
    }
    List<DimensionForm> dimensions = new ArrayList<>();
    int i = 0;
    for (JsonValue v : dims.asJsonArray()) {
      String at = "dimensions[" + i++ + "]";
      if (v.getValueType() != JsonValue.ValueType.OBJECT) {
        throw InterviewProblem.invalid(at, "a dimension is an object");
      }
      JsonObject d = v.asJsonObject();
      dimensions.add(
          new DimensionForm(
              Bodies.text(d, "code"),
              Bodies.text(d, "name"),
              Bodies.decimal(d, "weight", at + ".weight"),
              Bodies.decimal(d, "minScore", at + ".minScore"),
              Bodies.decimal(d, "maxScore", at + ".maxScore")));
    }
    return schemes.define(
        RequestActor.of(request), recruitmentId, new SchemeForm(settings, dimensions));
  }

  @GET
  @Path("{recruitment}/panels")
  public List<PanelView> panels(@PathParam("recruitment") long recruitmentId) {
    return panels.panels(RequestActor.of(request), recruitmentId);
  }

  /**
   * {@code {"name":"第一组","room":"301","examiners":[..ids],"chiefAccountId":..,
   * "clerkAccountId":..}} → 201.
   */
  @POST
  @Path("{recruitment}/panels")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createPanel(@PathParam("recruitment") long recruitmentId, JsonObject body) {
    JsonObject o = Bodies.required(body);
    PanelView created =
        panels.create(
            RequestActor.of(request),
            recruitmentId,
            new PanelForm(
                Bodies.text(o, "name"),
                Bodies.text(o, "room"),
                Bodies.ids(o, "examiners"),
                Bodies.id(o, "chiefAccountId"),
                Bodies.id(o, "clerkAccountId")));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }
}
