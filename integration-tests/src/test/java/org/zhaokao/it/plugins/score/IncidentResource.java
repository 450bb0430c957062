package org.zhaokao.it.plugins.score;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.discipline.IncidentReceipt;
import org.zhaokao.plugins.api.discipline.IncidentRejectedException;
import org.zhaokao.plugins.api.discipline.IncidentReport;

/**
 * Test-only: the stage's proctor reports a suspected violation through {@code
 * CoreServices.incidents()} ({@code {"applicationId":1,"type":"cheating","facts":"...",
 * "evidence":["..."]}}). Unprotected: it exists only in the test WAR.
 */
@Path("/recruitments/{id}/incidents")
@RequestScoped
public class IncidentResource {

  @Inject private ScoreRegistration registration;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response report(@PathParam("id") long recruitmentId, JsonObject body) {
    ScorePlugin plugin = registration.plugin();
    IncidentReport report =
        new IncidentReport(
            recruitmentId,
            body.getJsonNumber("applicationId").longValue(),
            plugin.id(),
            body.getString("type"),
            body.getString("facts"),
            body.getJsonArray("evidence").getValuesAs(JsonString::getString),
            AuditActor.system());
    try {
      IncidentReceipt r = plugin.incidents().report(report);
      return Response.status(201)
          .entity(Map.of("incidentId", r.incidentId(), "status", r.status()))
          .build();
    } catch (IncidentRejectedException e) {
      return Response.status(422).entity(Map.of("problem", e.getMessage())).build();
    }
  }
}
