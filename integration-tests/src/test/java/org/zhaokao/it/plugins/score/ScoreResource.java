package org.zhaokao.it.plugins.score;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.plugins.api.outcome.OutcomeReceipt;
import org.zhaokao.plugins.api.outcome.OutcomeRejectedException;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;
import org.zhaokao.plugins.api.outcome.StageOutcome;

/**
 * Test-only: hands a list of outcomes ({@code [{"applicationId":1,"status":"PASSED","score":80}]})
 * to the core through {@code CoreServices.results()}, as the plugin's marking would ({@code ?as=}
 * names another stage, to show the core refuses it). Unprotected: it exists only in the test WAR.
 */
@Path("/recruitments/{id}/outcomes")
@RequestScoped
public class ScoreResource {

  @Inject private ScoreRegistration registration;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response report(
      @PathParam("id") long recruitmentId,
      @jakarta.ws.rs.QueryParam("as") String reportAs,
      JsonArray body) {
    List<StageOutcome> outcomes = new ArrayList<>();
    for (JsonValue v : body) {
      JsonObject o = v.asJsonObject();
      Optional<BigDecimal> score =
          o.containsKey("score") && o.get("score").getValueType() == JsonValue.ValueType.NUMBER
              ? Optional.of(o.getJsonNumber("score").bigDecimalValue())
              : Optional.empty();
      outcomes.add(
          new StageOutcome(
              o.getJsonNumber("applicationId").longValue(),
              OutcomeStatus.valueOf(o.getString("status")),
              score,
              o.getString("remark", ""),
              List.of()));
    }
    ScorePlugin plugin = registration.plugin();
    try {
      String stage = reportAs == null ? plugin.id() : reportAs;
      OutcomeReceipt r = plugin.results().report(stage, recruitmentId, outcomes);
      return Response.ok(Map.of("stored", r.stored(), "unchanged", r.unchanged())).build();
    } catch (OutcomeRejectedException e) {
      return Response.status(422).entity(Map.of("problems", e.problems())).build();
    }
  }
}
