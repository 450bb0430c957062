package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.DisciplineOffice.API;
import static org.zhaokao.it.support.DisciplineOffice.decide;
import static org.zhaokao.it.support.DisciplineOffice.investigate;
import static org.zhaokao.it.support.DisciplineOffice.myDecision;
import static org.zhaokao.it.support.DisciplineOffice.myDecisionsScreen;
import static org.zhaokao.it.support.DisciplineOffice.reinstate;
import static org.zhaokao.it.support.DisciplineOffice.report;
import static org.zhaokao.it.support.Notifications.inboxMessage;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.StagePipeline.approval;
import static org.zhaokao.it.support.StagePipeline.outcome;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.DisciplineDeployments;
import org.zhaokao.it.support.DisciplineOffice;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.RoleHolders;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.StagePipeline.Setup;

/**
 * Voiding a score (当次成绩无效) in a stage whose results are already published is a late change (补正):
 * the decision proposes it, the result stands until a second person approves it through the
 * pipeline's change approval, and the candidate's notice and "my decisions" say so instead of
 * calling the score void — once approved, they say void and the candidate is told it now applies;
 * the officer who decided may not approve it, nor may anyone approve a change nobody proposed.
 * Reinstating it (恢复成绩, the voiding was an error) is a late change the same way; a voiding
 * withdrawn on appeal before anyone approved it is simply dropped. Refusals change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisciplinePublishedVoidIT extends DisciplineDeployments {

  private static final RoleHolders OFFICERS = DisciplineOffice.scoreOfficers();

  @Test
  void aVoidingInAPublishedStageWaitsForASecondPersonsApproval() {
    Setup s = StagePipeline.approved(2);
    long app = s.apps().get(0);
    long other = s.apps().get(1);
    long stage = published(s, app, other);
    Browsing officer = OFFICERS.first();
    Browsing candidate = s.people().get(0);

    long id = voided(officer, s, app);

    // Proposed only: the published result stands, and the candidate is not told it is void —
    // neither in the notice nor on "my decisions", which says it waits for approval.
    JsonObject proposed = line(stage, app);
    assertEquals("PASSED", proposed.getString("status"), proposed.toString());
    assertEquals(90, proposed.getJsonNumber("score").intValue(), proposed.toString());
    String notice = inboxMessage(candidate, "违纪违规处理决定告知").getString("body");
    assertTrue(notice.contains("拟作无效处理"), notice);
    assertTrue(notice.contains("审核同意后生效"), notice);
    assertFalse(notice.contains("该环节成绩无效"), notice);
    assertEquals("VOID", myDecision(candidate, id).getString("scoreChangePending"));
    String screen = myDecisionsScreen(candidate);
    assertTrue(screen.contains("该环节成绩拟作无效"), screen);
    assertFalse(screen.contains("该环节成绩无效"), screen);

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

    // The candidate's screen now says void, and the candidate is told it applies.
    assertNothingPending(candidate, id);
    screen = myDecisionsScreen(candidate);
    assertTrue(screen.contains("该环节成绩无效"), screen);
    assertFalse(screen.contains("拟作无效"), screen);
    String applies = inboxMessage(candidate, "成绩变更生效告知", "该环节成绩无效").getString("body");
    assertTrue(applies.contains("审核同意，现已生效"), applies);

    // Approving again: nothing awaits approval, and the candidate is not told twice.
    expect(409, OFFICERS.second().post(approval(stage, app), ""));
    assertEquals("FAILED", line(stage, app).getString("status"));
    assertEquals(
        1,
        Notifications.inbox(candidate).stream()
            .filter(m -> m.getString("subject").equals("成绩变更生效告知"))
            .count());
  }

  @Test
  void reinstatingAVoidedScoreInAPublishedStageIsATwoPersonChange() {
    Setup s = StagePipeline.approved(2);
    long app = s.apps().get(0);
    long other = s.apps().get(1);
    long stage = published(s, app, other);
    Browsing officer = OFFICERS.first();
    long id = voided(officer, s, app);
    expect(204, OFFICERS.second().post(approval(stage, app), ""));
    assertEquals("FAILED", line(stage, app).getString("status"));

    // Bad input: no grounds, an unknown incident, an incident that voided nothing.
    expect(422, reinstate(officer, id, " "));
    expect(404, reinstate(officer, 987654321L, "误判"));
    HttpResponse<String> noSanction =
        report(officer, s.recruitment(), other, WRITTEN, "disorder", "record:room-8");
    expect(201, noSanction);
    long clean = Http.object(noSanction).getJsonNumber("id").longValue();
    expect(200, investigate(officer, clean));
    expect(200, decide(officer, clean, 0));
    HttpResponse<String> notVoided = reinstate(officer, clean, "误判");
    expect(409, notVoided);
    assertTrue(notVoided.body().contains("not-voided"), notVoided.body());
    assertFalse(DisciplineOffice.incident(officer, id).getBoolean("scoreReinstated"));
    assertEquals("FAILED", line(stage, app).getString("status"));

    // The officer reinstates: proposed only, the candidate is told it waits for approval.
    HttpResponse<String> reinstated = reinstate(officer, id, "复核录像，系误认考生");
    expect(200, reinstated);
    assertTrue(Http.object(reinstated).getBoolean("scoreReinstated"), reinstated.body());
    assertEquals("FAILED", line(stage, app).getString("status"));
    Browsing candidate = s.people().get(0);
    String told = inboxMessage(candidate, "成绩恢复告知").getString("body");
    assertTrue(told.contains("审核同意后生效"), told);
    expect(409, reinstate(officer, id, "再次恢复"));
    assertEquals("REINSTATEMENT", myDecision(candidate, id).getString("scoreChangePending"));
    assertTrue(myDecisionsScreen(candidate).contains("成绩恢复待审核同意"));

    // The officer who proposed it may not approve it; a second person does: the score is back.
    expect(409, officer.post(approval(stage, app), ""));
    assertEquals("FAILED", line(stage, app).getString("status"));
    expect(204, OFFICERS.second().post(approval(stage, app), ""));
    JsonObject back = line(stage, app);
    assertEquals("PASSED", back.getString("status"), back.toString());
    assertEquals(90, back.getJsonNumber("score").intValue(), back.toString());
    assertTrue(back.getBoolean("advancing"), back.toString());
    assertNothingPending(candidate, id);
    assertFalse(myDecisionsScreen(candidate).contains("成绩恢复待审核同意"));
    String applies = inboxMessage(candidate, "成绩变更生效告知", "成绩已恢复").getString("body");
    assertTrue(applies.contains("现已生效"), applies);
    JsonObject audited =
        Http.object(
            Admin.get(
                "/zhaokao/api/v1/admin/audit/events?action=pipeline.outcome.reinstate-proposed"
                    + "&targetType=application&targetId="
                    + app));
    assertEquals(1, audited.getJsonArray("items").size(), audited.toString());
  }

  @Test
  void aProposedVoidingWithdrawnOnAppealIsDroppedAndThePublishedResultStands() {
    Setup s = StagePipeline.approved(2);
    long app = s.apps().get(0);
    long stage = published(s, app, s.apps().get(1));
    long id = voided(OFFICERS.first(), s, app);
    Browsing candidate = s.people().get(0);
    expect(200, candidate.post(API + "/me/incidents/" + id + "/appeal", "{\"reason\":\"请求复核\"}"));
    expect(
        200,
        OFFICERS
            .second()
            .post(
                API + "/incidents/" + id + "/appeal-resolution",
                "{\"upheld\":false,\"note\":\"复核录像，未见违纪行为\"}"));
    HttpResponse<String> nothing = OFFICERS.first().post(approval(stage, app), "");
    expect(409, nothing);
    assertTrue(nothing.body().contains("No change"), nothing.body());
    assertNothingPending(candidate, id);
    JsonObject line = line(stage, app);
    assertEquals("PASSED", line.getString("status"), line.toString());
    assertEquals(90, line.getJsonNumber("score").intValue(), line.toString());
    String told = inboxMessage(candidate, "申诉复核结果").getString("body");
    assertTrue(told.contains("撤销原处理决定"), told);
    assertFalse(told.contains("审核同意后生效"), told);
  }

  /** The officer reports, investigates and voids the application's written score. */
  private static long voided(Browsing officer, Setup s, long app) {
    HttpResponse<String> reported =
        report(officer, s.recruitment(), app, WRITTEN, "disorder", "record:room-7");
    expect(201, reported);
    long id = Http.object(reported).getJsonNumber("id").longValue();
    expect(200, investigate(officer, id));
    expect(200, decide(officer, id, 0, "VOID_STAGE_SCORE"));
    return id;
  }

  private static long published(Setup s, long app, long other) {
    return StagePipeline.published(
        s, WRITTEN, outcome(app, "PASSED", 90), outcome(other, "PASSED", 80));
  }

  /** "My decisions" names no late score change that waits for approval. */
  private static void assertNothingPending(Browsing candidate, long id) {
    JsonObject mine = myDecision(candidate, id);
    assertTrue(
        !mine.containsKey("scoreChangePending") || mine.isNull("scoreChangePending"),
        mine.toString());
  }

  private static JsonObject line(long stage, long app) {
    return StagePipeline.resultLine(stage, app);
  }
}
