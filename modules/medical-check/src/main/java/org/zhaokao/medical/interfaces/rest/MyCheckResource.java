package org.zhaokao.medical.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.zhaokao.medical.application.CandidateUseCases;
import org.zhaokao.medical.application.ReportReading;
import org.zhaokao.medical.domain.report.MedicalReport;
import org.zhaokao.security.web.RequestActor;

/** The candidate's side under {@code /api/me/checks}: notice, consent, upload, own report. */
@Path("/me/checks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyCheckResource {

  @Inject private CandidateUseCases candidate;
  @Inject private ReportReading reading;
  @Context private HttpServletRequest request;

  @GET
  public JsonArray mine() {
    JsonArrayBuilder out = Json.createArrayBuilder();
    candidate.mine(RequestActor.of(request)).forEach(c -> out.add(Views.check(c)));
    return out.build();
  }

  /** {@code {"agreed":true}}: consent to the processing of health data. */
  @POST
  @Path("/{r}/consent")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject consent(@PathParam("r") long r, JsonValue json) {
    return Views.check(
        candidate.consent(RequestActor.of(request), r, Body.of(json).flag("agreed")));
  }

  /** The report's bytes as the body, its file name in {@code ?name=} → 201. */
  @POST
  @Path("/{r}/reports")
  @Consumes(MediaType.WILDCARD)
  public Response upload(@PathParam("r") long r, @QueryParam("name") String name, byte[] content) {
    MedicalReport report = candidate.upload(RequestActor.of(request), r, name, content);
    return Response.status(Response.Status.CREATED).entity(Views.report(report)).build();
  }

  @GET
  @Path("/{r}/reports/{id}/content")
  @Produces(MediaType.WILDCARD)
  public Response content(@PathParam("r") long r, @PathParam("id") long id) {
    return Files.download(reading.read(RequestActor.of(request), r, id, ""));
  }
}
