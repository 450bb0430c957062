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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.zhaokao.medical.application.HospitalUseCases;
import org.zhaokao.medical.domain.hospital.Hospital;
import org.zhaokao.security.web.RequestActor;

/** The hospitals list under {@code /api/hospitals}. */
@Path("/hospitals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HospitalResource {

  @Inject private HospitalUseCases hospitals;
  @Context private HttpServletRequest request;

  @GET
  public JsonArray list() {
    JsonArrayBuilder out = Json.createArrayBuilder();
    hospitals.list(RequestActor.of(request)).forEach(h -> out.add(Views.hospital(h)));
    return out.build();
  }

  /** {@code {"name":..,"address":..,"phone":..,"codeFormat":"TJ\\d{8}"}} → 201. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(JsonValue json) {
    Hospital h = hospitals.add(RequestActor.of(request), form(json));
    return Response.status(Response.Status.CREATED).entity(Views.hospital(h)).build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject change(@PathParam("id") long id, JsonValue json) {
    return Views.hospital(hospitals.change(RequestActor.of(request), id, form(json)));
  }

  private static HospitalUseCases.Form form(JsonValue json) {
    Body b = Body.of(json);
    return new HospitalUseCases.Form(
        b.text("name"), b.text("address"), b.text("phone"), b.text("codeFormat"));
  }
}
