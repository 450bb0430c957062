package org.zhaokao.interview.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import java.util.List;
import org.zhaokao.interview.application.ExaminerScoring;
import org.zhaokao.interview.application.PanelView;
import org.zhaokao.interview.application.SheetView;
import org.zhaokao.security.web.RequestActor;

/** Examiners' sheets: reading, the chief's amendment; the examiner's panels. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SheetResource {

  @EJB private ExaminerScoring scoring;
  @Context private HttpServletRequest request;

  /** The panels where the logged-in examiner scores. */
  @GET
  @Path("me/panels")
  public List<PanelView> myPanels() {
    return scoring.myPanels(RequestActor.of(request));
  }

  @GET
  @Path("sheets/{sheet}")
  public SheetView sheet(@PathParam("sheet") long sheetId) {
    return scoring.sheet(RequestActor.of(request), sheetId);
  }

  /** {@code {"scores":{...},"reason":"..."}}: the chief examiner corrects a sealed sheet. */
  @POST
  @Path("sheets/{sheet}/amendment")
  @Consumes(MediaType.APPLICATION_JSON)
  public SheetView amend(@PathParam("sheet") long sheetId, JsonObject body) {
    JsonObject o = Bodies.required(body);
    return scoring.amend(
        RequestActor.of(request), sheetId, Bodies.scores(o), Bodies.text(o, "reason"));
  }
}
