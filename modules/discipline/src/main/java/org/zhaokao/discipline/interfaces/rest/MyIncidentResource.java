package org.zhaokao.discipline.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.zhaokao.discipline.application.Appeals;
import org.zhaokao.discipline.application.CandidateIncidentView;
import org.zhaokao.security.web.RequestActor;

/** The candidate's decisions and appeals (我的违纪处理与申诉). */
@Path("/me/incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyIncidentResource {

  @Inject private Appeals appeals;
  @Context private HttpServletRequest request;

  @GET
  public List<CandidateIncidentView> mine() {
    return appeals.mine(RequestActor.of(request));
  }

  @POST
  @Path("/{id: [0-9]+}/appeal")
  @Consumes(MediaType.APPLICATION_JSON)
  public CandidateIncidentView appeal(@PathParam("id") long id, JsonObject body) {
    return appeals.appeal(
        RequestActor.of(request), id, Bodies.text(Bodies.require(body), "reason"));
  }
}
