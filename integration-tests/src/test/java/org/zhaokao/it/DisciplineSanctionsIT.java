package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.DisciplineOffice.API;
import static org.zhaokao.it.support.DisciplineOffice.decide;
import static org.zhaokao.it.support.DisciplineOffice.incident;
import static org.zhaokao.it.support.DisciplineOffice.investigate;
import static org.zhaokao.it.support.DisciplineOffice.reinstate;
import static org.zhaokao.it.support.DisciplineOffice.report;
import static org.zhaokao.it.support.Notifications.inboxMessage;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.StagePipeline.outcome;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.DisciplineDeployments;
import org.zhaokao.it.support.DisciplineOffice;
import org.zhaokao.it.support.Eventually;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.StagePipeline.Setup;

/**
 * Voiding a stage score (当次成绩无效) reaches the core's pipeline; a successful appeal brings the
 * previous outcome back and tells the candidate, and so does one officer reinstating a score voided
 * in error before publication (恢复成绩); the officers' screens render in Chinese and English; bad
 * input is refused with a clear status and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisciplineSanctionsIT extends DisciplineDeployments {

  @Test
  void aVoidedScoreReachesThePipelineAndASuccessfulAppealReinstatesIt() {
    Setup s = StagePipeline.approved(2);
    long stage = inProgress(s);
    long app = s.apps().get(0);
    StagePipeline.bothPassed(WRITTEN, s);
    assertEquals("PASSED", line(stage, app).getString("status"));
    Browsing officer = DisciplineOffice.first();
    long id = reported(officer, s, app, "disorder");
    expect(200, investigate(officer, id));
    HttpResponse<String> decided = decide(officer, id, 0, "VOID_STAGE_SCORE");
    expect(200, decided);
    assertEquals("DECIDED", Http.object(decided).getString("status"), decided.body());

    // The core: FAILED without a score, with the reason; the other candidate keeps theirs.
    JsonObject voided = line(stage, app);
    assertEquals("FAILED", voided.getString("status"), voided.toString());
    assertTrue(!voided.containsKey("score") || voided.isNull("score"), voided.toString());
    assertFalse(voided.getBoolean("advancing"), voided.toString());
    assertTrue(voided.toString().contains("扰乱考场秩序"), voided.toString());
    assertEquals("PASSED", line(stage, s.apps().get(1)).getString("status"));

    // The candidate appeals; a second officer withdraws the decision: the score comes back.
    Browsing candidate = s.people().get(0);
    expect(
        200, candidate.post(API + "/me/incidents/" + id + "/appeal", "{\"reason\":\"请求复核监控录像\"}"));
    HttpResponse<String> resolved =
        DisciplineOffice.second()
            .post(
                API + "/incidents/" + id + "/appeal-resolution",
                "{\"upheld\":false,\"note\":\"复核录像，未见违纪行为，撤销原决定\"}");
    expect(200, resolved);
    assertEquals("FINAL", Http.object(resolved).getString("status"));
    assertFalse(Http.object(resolved).getBoolean("appealUpheld"));
    JsonObject back = line(stage, app);
    assertEquals("PASSED", back.getString("status"), back.toString());
    assertEquals(90, back.getJsonNumber("score").intValue(), back.toString());

    // The candidate is told the decision was withdrawn.
    long account = Http.object(resolved).getJsonNumber("candidateAccountId").longValue();
    Eventually.await(
        "the appeal notice",
        Duration.ofSeconds(30),
        () ->
            Notifications.deliveries(
                    "accountId", String.valueOf(account), "eventType", "discipline.appeal-resolved")
                .stream()
                .findFirst()
                .or(Optional::empty));

    // The officers' screens: the list with its filter, the incident with evidence and its steps.
    for (String lang : new String[] {"zh-CN", "en"}) {
      HttpResponse<String> list =
          officer.get("/zhaokao-discipline/incidents.xhtml?status=FINAL&lang=" + lang);
      expect(200, list);
      assertTrue(list.body().contains("incident.xhtml?id=" + id), list.body());
      assertTrue(list.body().contains(lang.equals("en") ? "Final" : "已办结"), list.body());
      HttpResponse<String> detail =
          officer.get("/zhaokao-discipline/incident.xhtml?id=" + id + "&lang=" + lang);
      expect(200, detail);
      assertTrue(detail.body().contains("record:room-7"), detail.body());
      assertTrue(detail.body().contains("未见违纪行为"), detail.body());
      assertTrue(
          detail.body().contains(lang.equals("en") ? "Appeal decision" : "申诉复核"), detail.body());
    }
  }

  @Test
  void aScoreVoidedInErrorIsReinstatedAtOnceBeforePublicationByOneOfficer() {
    Setup s = StagePipeline.approved(1);
    long stage = inProgress(s);
    long app = s.apps().get(0);
    Browsing first = DisciplineOffice.first();
    expect(200, StagePipeline.report(WRITTEN, s.recruitment(), outcome(app, "PASSED", 75)));
    long id = reported(first, s, app, "disorder");
    expect(200, investigate(first, id));
    expect(200, decide(first, id, 0, "VOID_STAGE_SCORE"));
    assertEquals("FAILED", line(stage, app).getString("status"));

    expect(200, reinstate(first, id, "成绩录入有误，系误判"));
    JsonObject back = line(stage, app);
    assertEquals("PASSED", back.getString("status"), back.toString());
    assertEquals(75, back.getJsonNumber("score").intValue(), back.toString());
    Browsing candidate = s.people().get(0);
    String told = inboxMessage(candidate, "成绩恢复告知").getString("body");
    assertTrue(told.contains("成绩已恢复"), told);

    // Twice: refused; an appeal withdrawn afterwards leaves the score as it is.
    HttpResponse<String> twice = reinstate(first, id, "再次恢复");
    expect(409, twice);
    assertTrue(twice.body().contains("score-reinstated"), twice.body());
    expect(200, candidate.post(API + "/me/incidents/" + id + "/appeal", "{\"reason\":\"请求复核\"}"));
    expect(
        200,
        DisciplineOffice.second()
            .post(
                API + "/incidents/" + id + "/appeal-resolution",
                "{\"upheld\":false,\"note\":\"撤销\"}"));
    assertEquals(75, line(stage, app).getJsonNumber("score").intValue());
    expect(409, reinstate(first, id, "申诉后再恢复"));
  }

  @Test
  void badInputIsRefusedAndChangesNothing() {
    Setup s = StagePipeline.approved(1);
    long stage = inProgress(s);
    long app = s.apps().get(0);
    Browsing first = DisciplineOffice.first();
    Browsing second = DisciplineOffice.second();

    // A sanction the type does not allow: 422, still under investigation.
    long id = reported(first, s, app, "disorder");
    expect(200, investigate(first, id));
    HttpResponse<String> notAllowed = decide(first, id, 0, "DISQUALIFY");
    expect(422, notAllowed);
    assertTrue(notAllowed.body().contains("does not allow"), notAllowed.body());
    assertEquals("INVESTIGATING", incident(first, id).getString("status"));

    // Voiding a score the stage has not reported yet: 409, the whole decision rolled back.
    HttpResponse<String> nothingToVoid = decide(first, id, 0, "VOID_STAGE_SCORE");
    expect(409, nothingToVoid);
    assertTrue(nothingToVoid.body().contains("has no result"), nothingToVoid.body());
    JsonObject still = incident(first, id);
    assertEquals("INVESTIGATING", still.getString("status"));
    assertTrue(still.getJsonArray("sanctions").isEmpty(), still.toString());

    // Reinstating what is not (or not yet) sanctioned: no appeal to resolve, 409.
    String withdraw = "{\"upheld\":false,\"note\":\"撤销\"}";
    expect(409, second.post(API + "/incidents/" + id + "/appeal-resolution", withdraw));
    expect(200, StagePipeline.report(WRITTEN, s.recruitment(), outcome(app, "PASSED", 75)));
    expect(200, decide(first, id, 0, "VOID_STAGE_SCORE"));
    HttpResponse<String> notAppealed =
        second.post(API + "/incidents/" + id + "/appeal-resolution", withdraw);
    expect(409, notAppealed);
    assertTrue(notAppealed.body().contains("incident-status"), notAppealed.body());
    assertEquals("FAILED", line(stage, app).getString("status"));

    // The decider approving their own blacklisting: 409, nothing in force.
    long device = reported(first, s, app, "cheating-device", "photo:device-1");
    expect(200, investigate(first, device));
    expect(200, decide(first, device, 3, "BLACKLIST"));
    HttpResponse<String> self =
        first.post(API + "/incidents/" + device + "/approval", "{\"approve\":true}");
    expect(409, self);
    assertTrue(self.body().contains("second-person"), self.body());
    assertEquals("AWAITING_APPROVAL", incident(first, device).getString("status"));
    HttpResponse<String> blacklist = first.get(API + "/blacklist");
    expect(200, blacklist);
    assertFalse(
        Http.array(blacklist).stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(b -> b.getJsonNumber("incidentId").longValue() == device));
    // The second officer refuses it on the screen's endpoint: back to investigation.
    expect(200, second.post(API + "/incidents/" + device + "/approval", "{\"approve\":false}"));
    assertEquals("INVESTIGATING", incident(first, device).getString("status"));
  }

  private static long reported(Browsing officer, Setup s, long app, String type, String... more) {
    String[] evidence = new String[more.length + 1];
    evidence[0] = "record:room-7";
    System.arraycopy(more, 0, evidence, 1, more.length);
    HttpResponse<String> r = report(officer, s.recruitment(), app, WRITTEN, type, evidence);
    expect(201, r);
    return Http.object(r).getJsonNumber("id").longValue();
  }

  private static long inProgress(Setup s) {
    return StagePipeline.inProgress(s.recruitment(), WRITTEN);
  }

  private static JsonObject line(long stage, long app) {
    return StagePipeline.resultLine(stage, app);
  }
}
