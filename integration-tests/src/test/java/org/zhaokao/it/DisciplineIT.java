package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.time.OffsetDateTime;
import java.util.Optional;
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
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.StagePipeline.Setup;

/**
 * The discipline plugin over REST with a scoring stage in the chain: a hand-reported incident is
 * investigated and decided, the disqualification reaches the core's pipeline, the candidate is
 * notified and appeals in time; a stage reports through the SPI; bad input changes nothing.
 * Blacklisting is {@link DisciplineBlacklistIT}'s subject.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisciplineIT extends DisciplineDeployments {

  @Test
  void aDisqualificationReachesThePipelineTheCandidateIsNotifiedAndAppealsInTime() {
    Setup s = StagePipeline.approved(2);
    long written = inProgress(s);
    long app = s.apps().get(0);
    Browsing officer = DisciplineOffice.first();

    HttpResponse<String> reported =
        report(
            officer,
            s.recruitment(),
            app,
            WRITTEN,
            "cheating",
            "video:room-3@09:42",
            "photo:note-1");
    expect(201, reported);
    long id = Http.object(reported).getJsonNumber("id").longValue();
    assertEquals("REPORTED", Http.object(reported).getString("status"));
    assertEquals(1, Http.object(reported).getInt("typeVersion"));
    expect(200, investigate(officer, id));
    HttpResponse<String> decided = decide(officer, id, 0, "DISQUALIFY");
    expect(200, decided);
    JsonObject d = Http.object(decided);
    assertEquals("DECIDED", d.getString("status"), d.toString());
    OffsetDateTime deadline = OffsetDateTime.parse(d.getString("appealDeadline"));
    assertTrue(deadline.isAfter(OffsetDateTime.now().plusDays(14)), d.toString());

    // The core: the application is DISQUALIFIED, and so is its outcome in the running stage.
    assertEquals("DISQUALIFIED", Recruiting.myApplicationStatus(s.people().get(0), app));
    JsonObject results =
        Http.object(Admin.get(StagePipeline.API + "/stages/" + written + "/results"));
    JsonObject line =
        results.getJsonArray("lines").stream()
            .map(JsonValue::asJsonObject)
            .filter(l -> l.getJsonNumber("applicationId").longValue() == app)
            .findFirst()
            .orElseThrow();
    assertEquals("DISQUALIFIED", line.getString("status"), line.toString());
    assertFalse(line.getBoolean("advancing"));
    assertNotEquals(
        "DISQUALIFIED", Recruiting.myApplicationStatus(s.people().get(1), s.apps().get(1)));

    // The candidate is told, with the reason and the appeal deadline.
    long candidate = d.getJsonNumber("candidateAccountId").longValue();
    Eventually.await(
        "the decision notice",
        Duration.ofSeconds(30),
        () ->
            Notifications.deliveries(
                    "accountId", String.valueOf(candidate), "eventType", "discipline.decision")
                .stream()
                .findFirst()
                .or(Optional::empty));
    HttpResponse<String> mine = s.people().get(0).get(API + "/me/incidents");
    expect(200, mine);
    assertTrue(mine.body().contains("经调查核实"), mine.body());
    assertTrue(mine.body().contains("第十条"), mine.body());

    // Someone else cannot appeal it; the candidate can, once, within the deadline.
    expect(
        404, s.people().get(1).post(API + "/me/incidents/" + id + "/appeal", "{\"reason\":\"x\"}"));
    expect(403, officer.post(API + "/me/incidents/" + id + "/appeal", "{\"reason\":\"x\"}"));
    HttpResponse<String> appealed =
        s.people()
            .get(0)
            .post(API + "/me/incidents/" + id + "/appeal", "{\"reason\":\"本人未作弊，请求复核录像\"}");
    expect(200, appealed);
    assertEquals("APPEALED", Http.object(appealed).getString("status"));
    expect(
        409,
        s.people().get(0).post(API + "/me/incidents/" + id + "/appeal", "{\"reason\":\"再次申诉\"}"));

    // The appeal is resolved by another officer than the decider.
    String upheld = "{\"upheld\":true,\"note\":\"复核录像，维持原决定\"}";
    expect(409, officer.post(API + "/incidents/" + id + "/appeal-resolution", upheld));
    HttpResponse<String> resolved =
        DisciplineOffice.second().post(API + "/incidents/" + id + "/appeal-resolution", upheld);
    expect(200, resolved);
    assertEquals("FINAL", Http.object(resolved).getString("status"));
  }

  @Test
  void aStageReportsThroughTheSpiAndTheIncidentKeepsItsCatalogueVersion() {
    Setup s = StagePipeline.approved(1);
    inProgress(s);
    long app = s.apps().get(0);
    HttpResponse<String> reported =
        Http.post(
            "/zhaokao-" + WRITTEN + "/api/recruitments/" + s.recruitment() + "/incidents",
            "application/json",
            "{\"applicationId\":"
                + app
                + ",\"type\":\"disorder\",\"facts\":\"开考后大声喧哗，经提醒仍不改正\","
                + "\"evidence\":[\"record:room-2\"]}");
    expect(201, reported);
    long id = Http.object(reported).getJsonNumber("incidentId").longValue();
    JsonObject viaSpi = incident(DisciplineOffice.first(), id);
    assertEquals(WRITTEN, viaSpi.getString("stageId"));
    assertEquals("system", viaSpi.getString("reportedBy"));
    int version = viaSpi.getInt("typeVersion");

    // A new version of the type; the incident keeps the one it was reported under.
    HttpResponse<String> edited =
        Admin.put(
            API + "/violation-types/disorder",
            "",
            "{\"nameZh\":\"扰乱考场秩序\",\"nameEn\":\"Disorder\",\"standard\":\"《事业单位公开招聘违纪违规行为处理规定》第九条（2026年修订）\","
                + "\"evidenceRequired\":true,\"evidenceNote\":\"监考记录\",\"sanctions\":[\"VOID_STAGE_SCORE\"],"
                + "\"maxBlacklistYears\":0}");
    expect(200, edited);
    assertEquals(version + 1, Http.object(edited).getInt("version"));
    assertEquals(version, incident(DisciplineOffice.first(), id).getInt("typeVersion"));

    // The officers' screens list the incident and the catalogue with its standards.
    HttpResponse<String> screen =
        DisciplineOffice.first().get("/zhaokao-discipline/incidents.xhtml");
    expect(200, screen);
    assertTrue(screen.body().contains(WRITTEN), screen.body());
    HttpResponse<String> catalogue =
        DisciplineOffice.first().get("/zhaokao-discipline/catalogue.xhtml");
    expect(200, catalogue);
    assertTrue(catalogue.body().contains("事业单位公开招聘违纪违规行为处理规定"), catalogue.body());

    // Unknown types and candidates who did not enter the stage are refused through the SPI too.
    HttpResponse<String> unknown =
        Http.post(
            "/zhaokao-" + WRITTEN + "/api/recruitments/" + s.recruitment() + "/incidents",
            "application/json",
            "{\"applicationId\":"
                + app
                + ",\"type\":\"no-such-type\",\"facts\":\"x\",\"evidence\":[]}");
    expect(422, unknown);
    assertTrue(unknown.body().contains("Unknown violation type"), unknown.body());
  }

  @Test
  void badInputIsRefusedWithAClearMessageAndChangesNothing() {
    Setup s = StagePipeline.approved(1);
    inProgress(s);
    long app = s.apps().get(0);
    Browsing officer = DisciplineOffice.first();

    expect(422, report(officer, s.recruitment(), app, WRITTEN, "no-such-type"));
    HttpResponse<String> notInStage =
        report(officer, s.recruitment(), app, "other-stage", "cheating");
    expect(422, notInStage);
    assertTrue(notInStage.body().contains("did not enter stage"), notInStage.body());
    expect(
        422,
        officer.post(
            API + "/incidents",
            "{\"recruitmentId\":"
                + s.recruitment()
                + ",\"applicationId\":"
                + app
                + ",\"stageId\":\""
                + WRITTEN
                + "\",\"violationType\":\"cheating\",\"facts\":\"\"}"));
    expect(422, officer.post(API + "/incidents", "{\"recruitmentId\":\"seven\"}"));
    expect(400, officer.post(API + "/incidents", "{not json"));
    expect(403, s.people().get(0).post(API + "/incidents", "{}"));
    expect(401, Http.get(API + "/incidents"));

    // A sanction without the evidence the type requires.
    long id =
        Http.object(report(officer, s.recruitment(), app, WRITTEN, "cheating"))
            .getJsonNumber("id")
            .longValue();
    expect(409, decide(officer, id, 0, "DISQUALIFY"));
    expect(200, investigate(officer, id));
    HttpResponse<String> noEvidence = decide(officer, id, 0, "DISQUALIFY");
    expect(422, noEvidence);
    assertTrue(noEvidence.body().contains("requires evidence"), noEvidence.body());
    // A sanction the type does not allow, a bar without blacklisting, an unknown sanction.
    expect(422, decide(officer, id, 0, "BLACKLIST"));
    expect(422, decide(officer, id, 3, "DISQUALIFY"));
    expect(422, decide(officer, id, 0, "FLOGGING"));
    JsonObject unchanged = incident(officer, id);
    assertEquals("INVESTIGATING", unchanged.getString("status"));
    assertTrue(unchanged.getJsonArray("sanctions").isEmpty());
    assertNotEquals("DISQUALIFIED", Recruiting.myApplicationStatus(s.people().get(0), app));

    // The catalogue refuses a bar length without blacklisting.
    expect(
        422,
        Admin.put(
            API + "/violation-types/cheating",
            "",
            "{\"nameZh\":\"作弊\",\"nameEn\":\"Cheating\",\"standard\":\"第十条\",\"sanctions\":[\"DISQUALIFY\"],"
                + "\"maxBlacklistYears\":3}"));
    expect(404, officer.get(API + "/incidents/999999999"));
  }

  private static long inProgress(Setup s) {
    return StagePipeline.inProgress(s.recruitment(), WRITTEN);
  }
}
