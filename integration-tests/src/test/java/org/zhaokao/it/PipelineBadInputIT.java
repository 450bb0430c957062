package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.StagePipeline.compose;
import static org.zhaokao.it.support.StagePipeline.configure;
import static org.zhaokao.it.support.StagePipeline.move;
import static org.zhaokao.it.support.StagePipeline.outcome;
import static org.zhaokao.it.support.StagePipeline.report;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.PipelineDeployments;
import org.zhaokao.it.support.Staff;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.StagePipeline.Setup;

/**
 * The stage pipeline's refusals, each changing nothing: outcomes before a stage starts, from
 * another stage's plugin, for strangers or out of range; another employer's user, staff without the
 * employer's right and candidates at the console API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PipelineBadInputIT extends PipelineDeployments {

  private static final String INTERVIEW = "score-interview";
  private static final String PIPELINE = StagePipeline.API;

  @Test
  void badOutcomesAndTheWrongEmployerAreRefusedAndChangeNothing() {
    Setup s = StagePipeline.approved(5);
    List<Long> a = s.apps();
    JsonArray chain = Http.array(expect(200, compose(s.recruitment(), WRITTEN)));
    long written = chain.getJsonObject(0).getJsonNumber("id").longValue();
    expect(200, configure(written, "MINIMUM_SCORE", null, 60, 100, 100));
    expect(200, move(written, "NOTIFIED"));
    // Outcomes before the stage starts are refused.
    assertEquals(
        422, report(WRITTEN, s.recruitment(), outcome(a.get(0), "PASSED", 80)).statusCode());
    expect(200, move(written, "IN_PROGRESS"));
    // Another stage's plugin cannot report the written exam's scores.
    HttpResponse<String> impostor =
        Http.post(
            "/zhaokao-"
                + INTERVIEW
                + "/api/recruitments/"
                + s.recruitment()
                + "/outcomes?as="
                + WRITTEN,
            "application/json",
            "[" + outcome(a.get(0), "PASSED", 99) + "]");
    assertEquals(422, impostor.statusCode(), impostor.body());
    assertTrue(impostor.body().contains("own stage only"), impostor.body());

    Setup other = StagePipeline.approved(5);
    HttpResponse<String> stranger =
        report(
            WRITTEN,
            s.recruitment(),
            outcome(a.get(0), "PASSED", 80),
            outcome(other.apps().get(0), "PASSED", 80));
    assertEquals(422, stranger.statusCode());
    assertTrue(stranger.body().contains("is not a candidate of this stage"), stranger.body());
    HttpResponse<String> outOfRange =
        report(WRITTEN, s.recruitment(), outcome(a.get(1), "PASSED", 120));
    assertEquals(422, outOfRange.statusCode());
    assertTrue(outOfRange.body().contains("outside the stage's range"), outOfRange.body());
    HttpResponse<String> staffOutOfRange =
        Admin.put(
            PIPELINE + "/stages/" + written + "/outcomes",
            "",
            "[" + outcome(a.get(1), "PASSED", 100.5) + "]");
    expect(422, staffOutOfRange);
    assertTrue(staffOutOfRange.body().contains("outside"), staffOutOfRange.body());
    // Nothing of the refused reports was stored.
    JsonObject results =
        Http.object(expect(200, Admin.get(PIPELINE + "/stages/" + written + "/results")));
    assertEquals(5, results.getJsonObject("distribution").getJsonNumber("PENDING").intValue());
    expect(409, move(written, "RESULTS_ENTERED"));

    JsonArrayBuilder all = Json.createArrayBuilder();
    for (long app : a) {
      all.add(outcome(app, "PASSED", 75));
    }
    expect(
        200, Admin.put(PIPELINE + "/stages/" + written + "/outcomes", "", all.build().toString()));
    expect(200, move(written, "RESULTS_ENTERED"));

    // Another employer's user neither sees nor confirms this recruitment's results.
    Browsing wrongEmployer =
        Staff.create("employer-user", "EMPLOYER", String.valueOf(other.employer()));
    HttpResponse<String> refused =
        wrongEmployer.post(PIPELINE + "/stages/" + written + "/confirmation", "");
    assertEquals(404, refused.statusCode(), refused.body());
    assertTrue(
        refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"),
        refused.headers().toString());
    // Staff without the employer's confirmation right cannot confirm for it either.
    assertEquals(
        403, Admin.post(PIPELINE + "/stages/" + written + "/confirmation", "", "").statusCode());
    JsonArray unchanged =
        Http.array(
            expect(200, Admin.get(PIPELINE + "/recruitments/" + s.recruitment() + "/chain")));
    assertEquals("RESULTS_ENTERED", unchanged.getJsonObject(0).getString("status"));
    // A candidate has no access to the console API.
    assertEquals(
        403,
        s.people()
            .get(0)
            .get(PIPELINE + "/recruitments/" + s.recruitment() + "/chain")
            .statusCode());
  }
}
