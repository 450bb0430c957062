package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.StagePipeline.compose;
import static org.zhaokao.it.support.StagePipeline.configure;
import static org.zhaokao.it.support.StagePipeline.move;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.AuditApi;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Deployments;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.Staff;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.StagePipeline.Setup;

/**
 * The interview stage plugin end to end over its REST API: scheme, panel, session and assignment; a
 * seeded lot drawing that replays and is drawn once; sealed examiner sheets; the score room
 * unseals; the chief examiner signs with the password; the scores reach the pipeline. Every refusal
 * changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InterviewIT {

  private static final String API = "/zhaokao-interview/api/v1";
  private static final String PIPELINE = StagePipeline.API;

  @Deployment(name = "core", order = 1, testable = false)
  static EnterpriseArchive core() {
    return Deployments.core();
  }

  @Deployment(name = "interview", order = 2, testable = false)
  static WebArchive interview() {
    return Deployments.interview();
  }

  @Test
  void anInterviewRunsFromLotDrawingToSignedScoresInThePipeline() {
    Setup s = StagePipeline.approved(4);
    long rid = s.recruitment();
    List<Long> a = s.apps();
    JsonArray chain = Http.array(ok(compose(rid, "interview")));
    long stage = chain.getJsonObject(0).getJsonNumber("id").longValue();
    ok(configure(stage, "MINIMUM_SCORE", null, 60, 100, 100));
    ok(move(stage, "NOTIFIED"));
    ok(move(stage, "IN_PROGRESS"));

    // People: two examiners and a chief examiner (who scores too) scoped to this recruitment,
    // and the score-room clerk.
    String suffix = Notifications.unique().substring(0, 6);
    String examinerRole = role("iv-ex-" + suffix, "stage:interview:examine");
    String chiefRole = role("iv-ch-" + suffix, "stage:interview:examine", "stage:interview:chief");
    String clerkRole = role("iv-cl-" + suffix, "stage:interview:score-room");
    String scope = String.valueOf(rid);
    Browsing e1 = Staff.create(examinerRole, "RECRUITMENT", scope);
    Browsing e2 = Staff.create(examinerRole, "RECRUITMENT", scope);
    Browsing chief = Staff.create(chiefRole, "RECRUITMENT", scope);
    Browsing clerk = Staff.create(clerkRole, "RECRUITMENT", scope);
    long e1Id = id(e1);
    long e2Id = id(e2);
    long chiefId = id(chief);
    long clerkId = id(clerk);

    // Scheme: weights must add up to 100; then four dimensions, three examiners, two decimals.
    HttpResponse<String> badScheme =
        Admin.put(API + "/recruitments/" + rid + "/scheme", "", scheme(90).toString());
    expect(422, badScheme);
    assertTrue(badScheme.body().contains("dimensions"), badScheme.body());
    expect(409, Admin.get(API + "/recruitments/" + rid + "/scheme"));
    JsonObject defined =
        Http.object(
            ok(Admin.put(API + "/recruitments/" + rid + "/scheme", "", scheme(30).toString())));
    assertEquals(3, defined.getInt("examinersPerPanel"));
    assertEquals(4, defined.getJsonArray("dimensions").size());
    // Examiners cannot manage.
    expect(403, e1.get(API + "/recruitments/" + rid + "/scheme"));

    // Panel: the chief is one of the examiners, the clerk is not.
    JsonObject panelForm =
        Json.createObjectBuilder()
            .add("name", "第一考官组")
            .add("room", "301")
            .add("examiners", Json.createArrayBuilder().add(e1Id).add(e2Id).add(chiefId))
            .add("chiefAccountId", chiefId)
            .add("clerkAccountId", clerkId)
            .build();
    long panel =
        Http.object(
                expect201(
                    Admin.post(API + "/recruitments/" + rid + "/panels", "", panelForm.toString())))
            .getJsonNumber("id")
            .longValue();
    long session =
        Http.object(
                expect201(
                    Admin.post(
                        API + "/panels/" + panel + "/sessions",
                        "",
                        "{\"date\":\"2026-12-05\",\"part\":\"MORNING\"}")))
            .getJsonNumber("id")
            .longValue();

    // Assign the entrants; a stranger is refused and nothing is assigned.
    expect(
        422,
        Admin.post(
            API + "/sessions/" + session + "/entrants",
            "",
            "{\"applicationIds\":[" + a.get(0) + ",999999999]}"));
    expect(422, Admin.post(API + "/sessions/" + session + "/draw", "", "{}"));
    JsonObject assigned =
        Http.object(
            ok(
                Admin.post(
                    API + "/sessions/" + session + "/entrants",
                    "",
                    "{\"applicationIds\":" + ids(a) + "}")));
    assertEquals(4, assigned.getInt("assigned"));

    // Lot drawing: seeded, recorded, replayable, once.
    JsonObject drawn =
        Http.object(
            ok(Admin.post(API + "/sessions/" + session + "/draw", "", "{\"seed\":20261205}")));
    assertEquals(20261205L, drawn.getJsonNumber("seed").longValue());
    JsonArray order = drawn.getJsonArray("order");
    assertEquals(4, order.size());
    expect(409, Admin.post(API + "/sessions/" + session + "/draw", "", "{\"seed\":1}"));
    JsonObject replay = Http.object(ok(Admin.get(API + "/sessions/" + session + "/draw")));
    assertTrue(replay.getBoolean("matchesRecord"), replay.toString());
    assertEquals(order, replay.getJsonArray("order"));
    assertEquals(20261205L, replay.getJsonNumber("seed").longValue());
    HttpResponse<String> printable = Admin.get(API + "/sessions/" + session + "/order.html");
    ok(printable);
    assertTrue(printable.body().contains("20261205"), printable.body());
    assertTrue(printable.body().contains(">01<"), printable.body());

    // Slots by application; the fourth candidate did not come.
    Map<Long, Long> slotOf = new java.util.HashMap<>();
    order.forEach(
        v ->
            slotOf.put(
                v.asJsonObject().getJsonNumber("applicationId").longValue(),
                v.asJsonObject().getJsonNumber("slotId").longValue()));
    expect(204, Admin.post(API + "/slots/" + slotOf.get(a.get(3)) + "/absence", "", ""));

    // The examiner sees the panel's candidates by plate in drawn order; not another's.
    JsonArray mine = Http.array(ok(e1.get(API + "/panels/" + panel + "/candidates")));
    assertEquals(4, mine.size());
    for (int i = 0; i < 4; i++) {
      assertEquals(
          order.getJsonObject(i).getString("plate"), mine.getJsonObject(i).getString("plate"));
    }
    assertFalse(mine.toString().contains("realName"), mine.toString());
    expect(403, clerk.get(API + "/panels/" + panel + "/candidates"));
    // The tablet screen shows the same plates to the examiner, and is closed to the clerk.
    HttpResponse<String> screen = e1.get("/zhaokao-interview/examine.xhtml");
    ok(screen);
    assertTrue(screen.body().contains("第一考官组"), screen.body());
    assertTrue(
        screen.body().contains(">" + order.getJsonObject(0).getString("plate") + "<"),
        screen.body());
    expect(403, clerk.get("/zhaokao-interview/examine.xhtml"));

    long s0 = slotOf.get(a.get(0));
    long s1 = slotOf.get(a.get(1));
    long s2 = slotOf.get(a.get(2));
    // a0: 80, 90, 70; a1: 50 each; a2: 100, 96, 92.5.
    long e1Sheet = sheet(e1, s0, 24, 16, 16, 24, true);
    // Out of range: 422 and nothing saved.
    HttpResponse<String> outOfRange =
        e2.put(API + "/slots/" + s0 + "/sheet", sheetJson(31, 18, 18, 27, true));
    expect(422, outOfRange);
    assertTrue(outOfRange.body().contains("scores.analysis"), outOfRange.body());
    assertTrue(missing(candidate(e2, panel, s0), "mySheetId"));
    // Sealed: invisible to another examiner, and to the panel's clerk; unchangeable by its
    // examiner.
    expect(403, e2.get(API + "/sheets/" + e1Sheet));
    expect(403, clerk.get(API + "/sheets/" + e1Sheet));
    ok(e1.get(API + "/sheets/" + e1Sheet));
    expect(409, e1.put(API + "/slots/" + s0 + "/sheet", sheetJson(20, 16, 16, 24, true)));
    // An absent candidate is not scored.
    expect(
        409,
        e1.put(API + "/slots/" + slotOf.get(a.get(3)) + "/sheet", sheetJson(20, 16, 16, 24, true)));

    sheet(e2, s0, 27, 18, 18, 27, true);
    sheet(chief, s0, 21, 14, 14, 21, true);
    for (Browsing examiner : List.of(e1, e2, chief)) {
      sheet(examiner, s1, 15, 10, 10, 15, true);
    }
    sheet(e1, s2, 30, 20, 20, 30, true);
    sheet(e2, s2, 29, 19, 19, 29, true);
    // A draft first: not yet in, so the score room cannot unseal.
    sheet(chief, s2, 28, 18, 18, 28.5, false);
    HttpResponse<String> early = clerk.post(API + "/panels/" + panel + "/unsealing", "");
    expect(409, early);
    assertTrue(early.body().contains("sheets-missing"), early.body());
    expect(409, clerk.get(API + "/panels/" + panel + "/summary"));
    sheet(chief, s2, 28, 18, 18, 28.5, true);

    // Only the panel's clerk unseals.
    expect(403, chief.post(API + "/panels/" + panel + "/unsealing", ""));
    JsonObject unsealed = Http.object(ok(clerk.post(API + "/panels/" + panel + "/unsealing", "")));
    assertEquals(score(unsealed, a.get(0)), new BigDecimal("80.00"));
    expect(409, clerk.post(API + "/panels/" + panel + "/unsealing", ""));
    // Unsealed: the panel may read each other's sheets.
    ok(e2.get(API + "/sheets/" + e1Sheet));

    // A change after sealing needs the chief examiner and a reason.
    String amendment = "{\"scores\":" + scores(25.5, 16, 16, 24) + ",\"reason\":\"登记错误\"}";
    expect(403, e1.post(API + "/sheets/" + e1Sheet + "/amendment", amendment));
    expect(
        422,
        chief.post(
            API + "/sheets/" + e1Sheet + "/amendment",
            "{\"scores\":" + scores(25.5, 16, 16, 24) + "}"));
    ok(chief.post(API + "/sheets/" + e1Sheet + "/amendment", amendment));

    // The chief signs with the password; a wrong one signs nothing; a second signature is refused.
    expect(
        403,
        clerk.post(
            API + "/panels/" + panel + "/signature", "{\"password\":\"" + Staff.PASSWORD + "\"}"));
    HttpResponse<String> wrong =
        chief.post(API + "/panels/" + panel + "/signature", "{\"password\":\"not-my-password\"}");
    expect(403, wrong);
    assertTrue(wrong.body().contains("reauthentication-failed"), wrong.body());
    assertTrue(
        missing(Http.object(ok(clerk.get(API + "/panels/" + panel + "/summary"))), "signedAt"));
    JsonObject signed =
        Http.object(
            ok(
                chief.post(
                    API + "/panels/" + panel + "/signature",
                    "{\"password\":\"" + Staff.PASSWORD + "\"}")));
    assertFalse(missing(signed, "signedAt"), signed.toString());
    expect(
        409,
        chief.post(
            API + "/panels/" + panel + "/signature", "{\"password\":\"" + Staff.PASSWORD + "\"}"));
    expect(409, chief.post(API + "/sheets/" + e1Sheet + "/amendment", amendment));

    // Every step of the panel is in the audit trail, the refused signature too.
    AuditApi.linkPending();
    HttpResponse<String> trail =
        Admin.get(AuditApi.EVENTS + "?targetType=interview-panel&targetId=" + panel + "&size=50");
    List<String> actions =
        Http.object(ok(trail)).getJsonArray("items").stream()
            .map(
                v ->
                    v.asJsonObject().getString("action")
                        + "/"
                        + v.asJsonObject().getString("result"))
            .toList();
    assertTrue(
        actions.containsAll(
            List.of(
                "stage.interview.panel.created/SUCCESS",
                "stage.interview.sheets.unsealed/SUCCESS",
                "stage.interview.summary.reauthentication-failed/DENIED",
                "stage.interview.summary.signed/SUCCESS")),
        actions.toString());

    // The pipeline has the interview scores: (81.5 + 90 + 70) / 3, 50, (100 + 96 + 92.5) / 3.
    JsonObject results = Http.object(ok(Admin.get(PIPELINE + "/stages/" + stage + "/results")));
    assertEquals(new BigDecimal("80.50"), pipelineScore(results, a.get(0)));
    assertEquals(new BigDecimal("50.00"), pipelineScore(results, a.get(1)));
    assertEquals(new BigDecimal("96.17"), pipelineScore(results, a.get(2)));
    assertEquals("PASSED", line(results, a.get(0)).getString("status"));
    assertEquals("FAILED", line(results, a.get(1)).getString("status"));
    assertEquals("ABSENT", line(results, a.get(3)).getString("status"));
  }

  private static String role(String code, String... permissions) {
    expect(
        201,
        Admin.post(
            "/zhaokao/api/v1/admin/roles",
            "",
            org.zhaokao.it.support.Json.object("code", code, "nameZh", code, "nameEn", code)));
    JsonArrayBuilder list = Json.createArrayBuilder().add("console:view");
    for (String p : permissions) {
      list.add(p);
    }
    expect(
        204,
        Admin.put(
            "/zhaokao/api/v1/admin/roles/" + code + "/permissions", "", list.build().toString()));
    return code;
  }

  private static JsonObject scheme(int analysisWeight) {
    return Json.createObjectBuilder()
        .add("examinersPerPanel", 3)
        .add("roundingScale", 2)
        .add("roundingMode", "HALF_UP")
        .add("passingScore", 60)
        .add(
            "dimensions",
            Json.createArrayBuilder()
                .add(dimension("analysis", "综合分析", analysisWeight, 30))
                .add(dimension("planning", "计划组织", 20, 20))
                .add(dimension("communication", "人际沟通", 20, 20))
                .add(dimension("adaptability", "应变能力", 30, 30)))
        .build();
  }

  private static JsonObject dimension(String code, String name, int weight, int max) {
    return Json.createObjectBuilder()
        .add("code", code)
        .add("name", name)
        .add("weight", weight)
        .add("minScore", 0)
        .add("maxScore", max)
        .build();
  }

  private static String scores(
      double analysis, double planning, double communication, double adaptability) {
    return Json.createObjectBuilder()
        .add("analysis", analysis)
        .add("planning", planning)
        .add("communication", communication)
        .add("adaptability", adaptability)
        .build()
        .toString();
  }

  private static String sheetJson(
      double analysis, double planning, double communication, double adaptability, boolean submit) {
    return "{\"scores\":"
        + scores(analysis, planning, communication, adaptability)
        + ",\"submit\":"
        + submit
        + "}";
  }

  /** Fills the examiner's sheet; answers its id. */
  private static long sheet(
      Browsing examiner,
      long slot,
      double analysis,
      double planning,
      double communication,
      double adaptability,
      boolean submit) {
    JsonObject sheet =
        Http.object(
            ok(
                examiner.put(
                    API + "/slots/" + slot + "/sheet",
                    sheetJson(analysis, planning, communication, adaptability, submit))));
    assertEquals(submit ? "SEALED" : "DRAFT", sheet.getString("status"));
    return sheet.getJsonNumber("id").longValue();
  }

  private static JsonObject candidate(Browsing examiner, long panel, long slot) {
    return Http.array(ok(examiner.get(API + "/panels/" + panel + "/candidates"))).stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getJsonNumber("slotId").longValue() == slot)
        .findFirst()
        .orElseThrow();
  }

  private static BigDecimal score(JsonObject summary, long app) {
    return summary.getJsonArray("lines").stream()
        .map(JsonValue::asJsonObject)
        .filter(l -> l.getJsonNumber("applicationId").longValue() == app)
        .findFirst()
        .orElseThrow()
        .getJsonNumber("score")
        .bigDecimalValue()
        .setScale(2);
  }

  private static JsonObject line(JsonObject results, long app) {
    return results.getJsonArray("lines").stream()
        .map(JsonValue::asJsonObject)
        .filter(l -> l.getJsonNumber("applicationId").longValue() == app)
        .findFirst()
        .orElseThrow();
  }

  private static BigDecimal pipelineScore(JsonObject results, long app) {
    return line(results, app).getJsonNumber("score").bigDecimalValue().setScale(2);
  }

  private static boolean missing(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static long id(Browsing who) {
    return who.me().getJsonObject("account").getJsonNumber("id").longValue();
  }

  private static String ids(List<Long> ids) {
    return ids.toString().replace(" ", "");
  }

  private static HttpResponse<String> ok(HttpResponse<String> r) {
    expect(200, r);
    return r;
  }

  private static HttpResponse<String> expect201(HttpResponse<String> r) {
    expect(201, r);
    return r;
  }
}
