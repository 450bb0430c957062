package org.zhaokao.it.plugins.score;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.roster.StageRoster;

/**
 * Test-only: shows what {@code CoreServices.roster()} tells the plugin about its stage, as the
 * plugin's sign-in sheet would read it. Unprotected: it exists only in the test WAR.
 */
@Path("/roster")
@RequestScoped
public class RosterResource {

  @Inject private ScoreRegistration registration;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject assignments() {
    ScorePlugin plugin = registration.plugin();
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (StageAssignment a : plugin.roster().assignments(plugin.id())) {
      out.add(
          Json.createObjectBuilder()
              .add("recruitmentId", a.recruitmentId())
              .add("title", a.recruitmentTitle())
              .add("phase", a.phase().name())
              .add("takesOutcomes", a.phase().takesOutcomes())
              .add("entrants", a.entrants()));
    }
    return Json.createObjectBuilder().add("assignments", out).build();
  }

  @GET
  @Path("/{recruitment}")
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject entrants(@PathParam("recruitment") long recruitmentId) {
    ScorePlugin plugin = registration.plugin();
    StageRoster roster = plugin.roster();
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (StageEntrant e : roster.entrants(plugin.id(), recruitmentId)) {
      out.add(
          Json.createObjectBuilder()
              .add("applicationId", e.applicationId())
              .add("candidateAccountId", e.candidateAccountId())
              .add("realName", e.realName())
              .add("gender", e.gender())
              .add("birthDate", e.birthDate().toString())
              .add("maskedIdNumber", e.maskedIdNumber())
              .add("ticketNumber", e.ticketNumber().orElse(""))
              .add("positionCode", e.positionCode()));
    }
    return Json.createObjectBuilder().add("entrants", out).build();
  }
}
