package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.DisciplineOffice.API;
import static org.zhaokao.it.support.DisciplineOffice.decide;
import static org.zhaokao.it.support.DisciplineOffice.incident;
import static org.zhaokao.it.support.DisciplineOffice.investigate;
import static org.zhaokao.it.support.DisciplineOffice.report;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.DisciplineDeployments;
import org.zhaokao.it.support.DisciplineOffice;
import org.zhaokao.it.support.Eventually;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.StagePipeline.Setup;

/**
 * An appeal that withdraws a disqualification (申诉成立，恢复资格): the application returns to the status it
 * had, its stage result counts again, the candidate is told, the core audits it; withdrawing a
 * blacklisting on appeal ends the entry and the candidate may apply again; a stage published while
 * the candidate stood disqualified is corrected by a two-person late change before the lift;
 * resolving twice or an incident that does not exist is refused and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisciplineAppealIT extends DisciplineDeployments {

  private static final String WITHDRAW = "{\"upheld\":false,\"note\":\"复核录像，未见违纪行为，撤销原决定\"}";

  @Test
  void aWithdrawnDisqualificationPutsTheApplicationAndItsResultBack() {
    Disqualified d = disqualifiedAfterPassing();
    long stage = d.stage();
    long app = d.app();
    Browsing candidate = d.candidate();
    long id = d.incident();
    assertEquals("DISQUALIFIED", Recruiting.myApplicationStatus(candidate, app));
    assertEquals("DISQUALIFIED", line(stage, app).getString("status"));

    expect(200, candidate.post(API + "/me/incidents/" + id + "/appeal", "{\"reason\":\"请求复核录像\"}"));
    HttpResponse<String> resolved =
        DisciplineOffice.second().post(API + "/incidents/" + id + "/appeal-resolution", WITHDRAW);
    expect(200, resolved);
    assertEquals("FINAL", Http.object(resolved).getString("status"));

    // The application is where it stood, its written result counts again.
    assertEquals(d.before(), Recruiting.myApplicationStatus(candidate, app));
    JsonObject back = line(stage, app);
    assertEquals("PASSED", back.getString("status"), back.toString());
    assertEquals(90, back.getJsonNumber("score").intValue(), back.toString());
    assertTrue(back.getBoolean("advancing"), back.toString());

    // Audited in the core, and the candidate is told the disqualification is lifted.
    JsonObject audited =
        Http.object(
            Admin.get(
                "/zhaokao/api/v1/admin/audit/events?action=application.disqualification-lifted"
                    + "&targetType=application&targetId="
                    + app));
    assertEquals(1, audited.getJsonArray("items").size(), audited.toString());
    Eventually.await(
        "the appeal notice in the candidate's inbox",
        Duration.ofSeconds(30),
        () ->
            Http.object(candidate.get("/zhaokao/api/v1/me/inbox")).getJsonArray("messages").stream()
                .map(JsonValue::toString)
                .filter(m -> m.contains("恢复本次招考资格"))
                .findFirst());

    // Twice: refused, nothing changes; an incident that does not exist: not found.
    HttpResponse<String> twice =
        DisciplineOffice.second().post(API + "/incidents/" + id + "/appeal-resolution", WITHDRAW);
    expect(409, twice);
    assertTrue(twice.body().contains("incident-status"), twice.body());
    assertEquals(d.before(), Recruiting.myApplicationStatus(candidate, app));
    assertEquals("PASSED", line(stage, app).getString("status"));
    expect(
        404,
        DisciplineOffice.second().post(API + "/incidents/987654321/appeal-resolution", WITHDRAW));
    assertEquals(
        1,
        Http.object(
                Admin.get(
                    "/zhaokao/api/v1/admin/audit/events?action=application.disqualification-lifted"
                        + "&targetType=application&targetId="
                        + app))
            .getJsonArray("items")
            .size());
  }

  @Test
  void aWithdrawnBlacklistingEndsTheEntryAndTheCandidateMayApplyAgain() {
    Setup s = StagePipeline.approved(1);
    inProgress(s);
    long app = s.apps().get(0);
    Browsing candidate = s.people().get(0);
    Browsing first = DisciplineOffice.first();
    Browsing second = DisciplineOffice.second();
    String before = Recruiting.myApplicationStatus(candidate, app);
    long id = reported(first, s, app, "proxy-test-taking", "photo:compare-1");
    expect(200, investigate(first, id));
    expect(200, decide(first, id, 5, "DISQUALIFY", "BLACKLIST"));
    expect(200, second.post(API + "/incidents/" + id + "/approval", "{\"approve\":true}"));
    assertEquals("DISQUALIFIED", Recruiting.myApplicationStatus(candidate, app));
    long other = Recruiting.published(s.employer());
    String form = Recruiting.application(other, Recruiting.positionId(other, "02"), "统计学");
    expect(409, Recruiting.apply(candidate, "p-" + UUID.randomUUID(), form));

    expect(200, candidate.post(API + "/me/incidents/" + id + "/appeal", "{\"reason\":\"并非代考\"}"));
    HttpResponse<String> resolved =
        DisciplineOffice.first().post(API + "/incidents/" + id + "/appeal-resolution", WITHDRAW);
    // The decider may not resolve it; the second officer does.
    expect(409, resolved);
    assertEquals("APPEALED", incident(first, id).getString("status"));
    assertEquals("DISQUALIFIED", Recruiting.myApplicationStatus(candidate, app));
    expect(200, second.post(API + "/incidents/" + id + "/appeal-resolution", WITHDRAW));

    assertEquals(before, Recruiting.myApplicationStatus(candidate, app));
    HttpResponse<String> blacklist = first.get(API + "/blacklist");
    expect(200, blacklist);
    JsonObject entry =
        Http.array(blacklist).stream()
            .map(JsonValue::asJsonObject)
            .filter(b -> b.getJsonNumber("incidentId").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertTrue(entry.getBoolean("lifted"), entry.toString());
    expect(201, Recruiting.apply(candidate, "p-" + UUID.randomUUID(), form));
    assertEquals(before, Recruiting.myApplicationStatus(candidate, app));
  }

  @Test
  void aStagePublishedWhileDisqualifiedIsCorrectedByTwoPeopleBeforeTheLift() {
    Disqualified d = disqualifiedAfterPassing();
    Setup s = d.setup();
    long stage = d.stage();
    long app = d.app();
    Browsing candidate = d.candidate();
    String before = d.before();
    Browsing officer = d.officer();
    long id = d.incident();
    // The stage is published while the candidate stands disqualified: the other one goes on.
    expect(200, StagePipeline.move(stage, "RESULTS_ENTERED"));
    StagePipeline.publish(s, stage);
    assertTrue(line(stage, s.apps().get(1)).getBoolean("advancing"));
    expect(200, candidate.post(API + "/me/incidents/" + id + "/appeal", "{\"reason\":\"请求复核录像\"}"));

    // Lifting now would rewrite the published ranking: refused, with what to do; nothing changed.
    String resolution = API + "/incidents/" + id + "/appeal-resolution";
    HttpResponse<String> refused = DisciplineOffice.second().post(resolution, WITHDRAW);
    expect(409, refused);
    assertTrue(refused.body().contains("late change"), refused.body());
    assertEquals("APPEALED", incident(officer, id).getString("status"));
    assertEquals("DISQUALIFIED", Recruiting.myApplicationStatus(candidate, app));
    assertEquals("DISQUALIFIED", line(stage, app).getString("status"));

    // Staff correct the result as a late change, a second person approves; then the lift holds.
    String correction =
        "{\"applicationId\":"
            + app
            + ",\"status\":\"PASSED\",\"score\":90,\"remark\":\"申诉成立，恢复成绩\"}";
    expect(
        204,
        Admin.post(StagePipeline.API + "/stages/" + stage + "/outcomes/proposal", "", correction));
    expect(
        204, DisciplineOffice.scoreOfficers().first().post(StagePipeline.approval(stage, app), ""));
    expect(200, DisciplineOffice.second().post(resolution, WITHDRAW));
    assertEquals(before, Recruiting.myApplicationStatus(candidate, app));
    JsonObject back = line(stage, app);
    assertEquals("PASSED", back.getString("status"), back.toString());
    assertEquals(90, back.getJsonNumber("score").intValue(), back.toString());
  }

  /**
   * A written stage in progress with two candidates who both passed; the first is reported for
   * cheating and disqualified.
   *
   * @param before the first candidate's application status before the disqualification
   */
  private record Disqualified(
      Setup setup,
      long stage,
      long app,
      Browsing candidate,
      String before,
      Browsing officer,
      long incident) {}

  private static Disqualified disqualifiedAfterPassing() {
    Setup s = StagePipeline.approved(2);
    long stage = inProgress(s);
    long app = s.apps().get(0);
    Browsing candidate = s.people().get(0);
    StagePipeline.bothPassed(WRITTEN, s);
    String before = Recruiting.myApplicationStatus(candidate, app);
    Browsing officer = DisciplineOffice.first();
    long id = reported(officer, s, app, "cheating", "video:room-3@09:42");
    expect(200, investigate(officer, id));
    expect(200, decide(officer, id, 0, "DISQUALIFY"));
    return new Disqualified(s, stage, app, candidate, before, officer, id);
  }

  private static long reported(Browsing officer, Setup s, long app, String type, String evidence) {
    HttpResponse<String> r =
        report(officer, s.recruitment(), app, WRITTEN, type, "record:room-7", evidence);
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
