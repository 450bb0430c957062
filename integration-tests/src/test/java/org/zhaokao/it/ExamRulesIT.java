package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.WrittenExams.API;
import static org.zhaokao.it.support.WrittenExams.STAGE;
import static org.zhaokao.it.support.WrittenExams.expectOk;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.AuditApi;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.OfflineExams;
import org.zhaokao.it.support.OfflineExams.Exam;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.WrittenExamDeployments;
import org.zhaokao.it.support.WrittenExams;

/**
 * The pre-exam page of an online exam: staff set the rules (until the start), candidates read and
 * accept them and the paper opens only after the acceptance of the current text; the browser's
 * device check reaches the proctor's roster. Bad input is refused whole; and the plan screen
 * renders in both languages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamRulesIT extends WrittenExamDeployments {

  private static final String JSON = "application/json";

  @Test
  void thePaperOpensOnlyAfterTheCurrentRulesAreAccepted() throws Exception {
    Instant later = Instant.now().plusSeconds(3600);
    Exam e = OfflineExams.planned(2, later, later.plusSeconds(3600));
    Browsing first = e.setup().people().get(0);
    Browsing second = e.setup().people().get(1);
    long firstApp = e.setup().apps().get(0);
    long secondApp = e.setup().apps().get(1);
    String pre = API + "/me/exams/" + e.examId() + "/pre-exam";

    // No rules yet: nothing to accept.
    JsonObject none = Http.object(expectOk(first.get(pre)));
    assertTrue(absent(none, "rules"), none.toString());
    expect(409, first.post(pre + "/acceptance", "{\"digest\":\"abc\"}"));

    // Staff set the rules after the papers exist, before the start; a text too long is refused.
    String rules = "一、考试期间保持摄像头开启。\n二、不得切换窗口。" + UUID.randomUUID();
    HttpResponse<String> tooLong = setRules(e, "规".repeat(20001));
    expect(422, tooLong);
    assertTrue(tooLong.body().contains("at most 20000"), tooLong.body());
    expect(400, Admin.put(e.path() + "/rules", JSON, "{\"rules\":5}"));
    JsonObject exam = Http.object(expectOk(setRules(e, rules)));
    String digest = exam.getString("rulesDigest");
    assertEquals(64, digest.length());

    JsonObject view = Http.object(expectOk(first.get(pre)));
    assertEquals(rules.strip(), view.getString("rules"));
    assertEquals(digest, view.getString("rulesDigest"));
    assertTrue(absent(view, "acceptedAt"), view.toString());

    // Bad acceptances: no digest, a digest of other rules, an exam not mine; nothing is stored.
    assertRefused(first.post(pre + "/acceptance", "{}"), 422, "digest");
    assertRefused(first.post(pre + "/acceptance", "{\"digest\":\"0f0f\"}"), 409, "rules.changed");
    expect(404, Recruiting.candidate().post(pre + "/acceptance", digestOf(digest)));
    expect(404, Recruiting.candidate().get(pre));
    assertTrue(absent(Http.object(first.get(pre)), "acceptedAt"), "nothing accepted");

    // Accepted, then the rules change before the start: the old acceptance no longer opens.
    expectOk(first.post(pre + "/acceptance", digestOf(digest)));
    String changed = rules + "\n三、新增条款。";
    String newDigest = Http.object(expectOk(setRules(e, changed))).getString("rulesDigest");
    assertNotEquals(digest, newDigest);
    JsonObject again = Http.object(expectOk(first.get(pre)));
    assertTrue(absent(again, "acceptedAt"), again.toString());
    assertRefused(first.post(pre + "/acceptance", digestOf(digest)), 409, "rules.changed");
    JsonObject accepted =
        Http.object(expectOk(first.post(pre + "/acceptance", digestOf(newDigest))));
    String at = accepted.getString("acceptedAt");
    // Twice: idempotent, same time, one audit entry.
    assertEquals(
        at,
        Http.object(expectOk(first.post(pre + "/acceptance", digestOf(newDigest))))
            .getString("acceptedAt"));

    // The device check: bad reports refused; a failing camera reaches the roster.
    expect(400, first.put(pre + "/devices", "{\"camera\":true}"));
    expect(400, first.put(pre + "/devices", devices("true", "150")));
    expect(400, first.put(pre + "/devices", devices("\"yes\"", "10")));
    expect(404, Recruiting.candidate().put(pre + "/devices", devices("true", "10")));
    JsonObject checked = Http.object(expectOk(first.put(pre + "/devices", devices("false", "37"))));
    assertEquals("CAMERA", checked.getJsonObject("devices").getJsonArray("failed").getString(0));
    expectOk(second.put(pre + "/devices", devices("true", "12")));

    // The start: the paper opens to the one who accepted, not to the other.
    Instant start = WrittenExams.startNow(e.setup(), e.end());
    // Told of the new time, and that the rules are accepted on the pre-exam page first.
    Notifications.inboxMessage(second, "笔试时间调整", "考前准备页面阅读并确认接受");
    assertRefused(setRules(e, "开考后再改"), 409, "exam.started");
    HttpResponse<String> sealed = second.get(API + "/me/exams/" + e.examId() + "/paper");
    assertRefused(sealed, 409, "rules.notAccepted");
    expectOk(first.get(API + "/me/exams/" + e.examId() + "/paper"));

    Map<Long, JsonObject> roster = WrittenExams.roster(recruitment(e));
    JsonObject line = roster.get(firstApp);
    assertFalse(absent(line, "rulesAcceptedAt"), line.toString());
    assertEquals(1, line.getJsonObject("devices").getJsonArray("failed").size(), line.toString());
    assertEquals(37, line.getJsonObject("devices").getInt("audioLevel"), line.toString());
    JsonObject other = roster.get(secondApp);
    assertTrue(absent(other, "rulesAcceptedAt"), other.toString());
    assertEquals(0, other.getJsonObject("devices").getJsonArray("failed").size(), other.toString());

    // The proctor's screen shows the device check in both languages.
    HttpResponse<String> zh =
        Admin.get("/zhaokao-" + STAGE + "/proctor.xhtml?lang=zh-CN&recruitment=" + recruitment(e));
    expectOk(zh);
    assertTrue(zh.body().contains("考前准备") && zh.body().contains("摄像头"), zh.body());
    HttpResponse<String> en =
        Admin.get("/zhaokao-" + STAGE + "/proctor.xhtml?lang=en&recruitment=" + recruitment(e));
    assertTrue(
        en.body().contains("Device check passed") && en.body().contains("Camera"), en.body());

    // After the end nothing more is accepted or reported.
    WrittenExams.endNow(e.setup(), start);
    assertRefused(second.post(pre + "/acceptance", digestOf(newDigest)), 409, "exam.over");
    assertRefused(second.put(pre + "/devices", devices("true", "1")), 409, "exam.over");
    assertTrue(
        absent(WrittenExams.roster(recruitment(e)).get(secondApp), "rulesAcceptedAt"),
        "nothing of the refused acceptance was kept");

    AuditApi.linkPending();
    JsonObject audit =
        Http.object(
            expectOk(
                Admin.get(
                    AuditApi.EVENTS
                        + "?action=written-exam.rules.accepted&targetType=paper&size=500")));
    long mine =
        audit.getJsonArray("items").stream()
            .map(JsonValue::toString)
            .filter(s -> s.contains(newDigest) || s.contains(digest))
            .count();
    assertEquals(2, mine, "one entry per accepted text: " + audit);
    JsonObject changes =
        Http.object(
            expectOk(
                Admin.get(
                    AuditApi.EVENTS
                        + "?action=written-exam.exam.rules.changed&targetType=exam&targetId="
                        + e.examId())));
    assertEquals(
        2, changes.getInt("total"), "set, then changed; the refusals left none: " + changes);
  }

  @Test
  void thePlanScreenRendersInBothLanguagesForStaffOnly() {
    Instant later = Instant.now().plusSeconds(7200);
    Exam e = OfflineExams.planned(1, later, later.plusSeconds(3600));
    String plan = "/zhaokao-" + STAGE + "/plan.xhtml?recruitment=" + recruitment(e);
    HttpResponse<String> zh = Admin.get(plan + "&lang=zh-CN");
    expectOk(zh);
    assertTrue(zh.body().contains("笔试安排") && zh.body().contains("改期原因"), zh.body());
    assertTrue(zh.body().contains("rulesForm"), "papers exist: only the rules form: " + zh.body());
    assertFalse(zh.body().contains("id=\"plan\""), zh.body());
    HttpResponse<String> en = Admin.get(plan + "&lang=en");
    expectOk(en);
    assertTrue(en.body().contains("Plan the written exam") && en.body().contains("Reschedule"));
    HttpResponse<String> exams = Admin.get("/zhaokao-" + STAGE + "/exams.xhtml?lang=zh-CN");
    assertTrue(exams.body().contains("plan.xhtml?recruitment=" + recruitment(e)), exams.body());
    assertEquals(403, Recruiting.candidate().get(plan).statusCode());
    HttpResponse<String> page =
        e.setup().people().get(0).get("/zhaokao-" + STAGE + "/exam.xhtml?lang=en");
    assertTrue(
        page.body().contains("preexam.js") && page.body().contains("I have read and accept"),
        page.body());
  }

  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static long recruitment(Exam e) {
    return e.setup().recruitment();
  }

  private static HttpResponse<String> setRules(Exam e, String rules) {
    return Admin.put(
        e.path() + "/rules",
        JSON,
        Json.createObjectBuilder().add("rules", rules).build().toString());
  }

  private static String digestOf(String digest) {
    return "{\"digest\":\"" + digest + "\"}";
  }

  private static String devices(String camera, String level) {
    return "{\"camera\":"
        + camera
        + ",\"microphone\":true,\"media\":true,\"fullscreen\":true,\"storage\":true,"
        + "\"audioLevel\":"
        + level
        + "}";
  }

  private static void assertRefused(HttpResponse<String> r, int status, String why) {
    expect(status, r);
    assertTrue(r.body().contains(why), r.body());
  }
}
