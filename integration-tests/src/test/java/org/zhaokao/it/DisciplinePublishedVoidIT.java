package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.DisciplineOffice.decide;
import static org.zhaokao.it.support.DisciplineOffice.investigate;
import static org.zhaokao.it.support.DisciplineOffice.report;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.StagePipeline.compose;
import static org.zhaokao.it.support.StagePipeline.configure;
import static org.zhaokao.it.support.StagePipeline.move;
import static org.zhaokao.it.support.StagePipeline.outcome;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Deployments;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.RoleHolders;
import org.zhaokao.it.support.Staff;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.StagePipeline.Setup;

/**
 * Voiding a score (当次成绩无效) in a stage whose results are already published is a late change (补正):
 * the decision proposes it, the result stands until a second person approves it through the
 * pipeline's change approval; the officer who decided may not approve it, nor may anyone approve a
 * change nobody proposed — both refused with nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisciplinePublishedVoidIT {

  private static final String WRITTEN = "score-written";

  /**
   * Officers who both decide discipline cases and manage the pipeline, so the refusal is the rule.
   */
  private static final RoleHolders OFFICERS =
      new RoleHolders(
          "discipline-score-officer",
          "违纪处置及成绩管理员",
          "Discipline and results officer",
          "console:view",
          "stage:discipline:report",
          "stage:discipline:decide",
          "pipeline:view",
          "pipeline:manage");

  @Deployment(name = "core", order = 1, testable = false)
  static EnterpriseArchive core() {
    return Deployments.core();
  }

  @Deployment(name = WRITTEN, order = 2, testable = false)
  static WebArchive written() {
    return Deployments.scorePlugin(WRITTEN, "");
  }

  @Deployment(name = "discipline", order = 3, testable = false)
  static WebArchive discipline() {
    return Deployments.discipline();
  }

  @Test
  void aVoidingInAPublishedStageWaitsForASecondPersonsApproval() {
    Setup s = StagePipeline.approved(2);
    long app = s.apps().get(0);
    long other = s.apps().get(1);
    long stage = published(s, app, other);
    Browsing officer = OFFICERS.first();

    HttpResponse<String> reported =
        report(officer, s.recruitment(), app, WRITTEN, "disorder", "record:room-7");
    expect(201, reported);
    long id = Http.object(reported).getJsonNumber("id").longValue();
    expect(200, investigate(officer, id));
    expect(200, decide(officer, id, 0, "VOID_STAGE_SCORE"));

    // Proposed only: the published result stands.
    JsonObject proposed = line(stage, app);
    assertEquals("PASSED", proposed.getString("status"), proposed.toString());
    assertEquals(90, proposed.getJsonNumber("score").intValue(), proposed.toString());

    // The officer who decided may not approve it; a change nobody proposed cannot be approved.
    HttpResponse<String> self = officer.post(approval(stage, app), "");
    expect(409, self);
    assertTrue(self.body().contains("second person"), self.body());
    HttpResponse<String> unproposed = OFFICERS.second().post(approval(stage, other), "");
    expect(409, unproposed);
    assertEquals("PASSED", line(stage, app).getString("status"));
    assertEquals(80, line(stage, other).getJsonNumber("score").intValue());
    expect(404, OFFICERS.second().post(approval(stage, 987654321L), ""));

    // A second person approves: the score is void.
    expect(204, OFFICERS.second().post(approval(stage, app), ""));
    JsonObject voided = line(stage, app);
    assertEquals("FAILED", voided.getString("status"), voided.toString());
    assertTrue(!voided.containsKey("score") || voided.isNull("score"), voided.toString());
    assertFalse(voided.getBoolean("advancing"), voided.toString());
    assertTrue(voided.toString().contains("扰乱考场秩序"), voided.toString());
    assertEquals(80, line(stage, other).getJsonNumber("score").intValue());

    // Approving again: nothing awaits approval.
    expect(409, OFFICERS.second().post(approval(stage, app), ""));
    assertEquals("FAILED", line(stage, app).getString("status"));
  }

  private static long published(Setup s, long app, long other) {
    long stage =
        Http.array(compose(s.recruitment(), WRITTEN))
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    expect(200, configure(stage, "RATIO", 1, null, 100, 100));
    expect(200, move(stage, "NOTIFIED"));
    expect(200, move(stage, "IN_PROGRESS"));
    expect(
        200,
        StagePipeline.report(
            WRITTEN, s.recruitment(), outcome(app, "PASSED", 90), outcome(other, "PASSED", 80)));
    expect(200, move(stage, "RESULTS_ENTERED"));
    Browsing employer = Staff.create("employer-user", "EMPLOYER", String.valueOf(s.employer()));
    expect(200, employer.post(StagePipeline.API + "/stages/" + stage + "/confirmation", ""));
    expect(200, Admin.post(StagePipeline.API + "/stages/" + stage + "/publication", "", ""));
    return stage;
  }

  private static String approval(long stage, long app) {
    return StagePipeline.API + "/stages/" + stage + "/outcomes/" + app + "/approval";
  }

  private static JsonObject line(long stage, long app) {
    return StagePipeline.resultLine(stage, app);
  }
}
