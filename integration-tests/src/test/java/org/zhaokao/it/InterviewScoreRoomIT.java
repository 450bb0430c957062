package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.InterviewIT.sheet;
import static org.zhaokao.it.support.InterviewDesk.API;
import static org.zhaokao.it.support.InterviewDesk.created;
import static org.zhaokao.it.support.InterviewDesk.missing;
import static org.zhaokao.it.support.InterviewDesk.ok;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.AuditApi;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.InterviewDeployments;
import org.zhaokao.it.support.InterviewDesk;
import org.zhaokao.it.support.InterviewDesk.Desk;
import org.zhaokao.it.support.Staff;
import org.zhaokao.it.support.StagePipeline;

/**
 * The score room: the clerk unseals once every sheet is in, the panel reads each other's sheets,
 * the chief amends with a reason and signs with the password (a wrong one and a second signature
 * change nothing), and the trimmed scores — absent for who did not sign in — reach the pipeline.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InterviewScoreRoomIT extends InterviewDeployments {

  @Test
  void theScoreRoomUnsealsTheChiefSignsAndTheScoresReachThePipeline() {
    Desk d = InterviewDesk.open(4);
    List<Long> a = d.apps();
    long[] ps = d.ready();
    long panel = ps[0];
    long session = ps[1];
    // The fourth candidate does not come: absent when lots are drawn.
    for (int i = 0; i < 3; i++) {
      created(InterviewDesk.signIn(session, a.get(i)));
    }
    Map<Long, Long> slotOf = InterviewDesk.draw(session, 20261205L);
    long s0 = slotOf.get(a.get(0));
    long s1 = slotOf.get(a.get(1));
    long s2 = slotOf.get(a.get(2));

    // a0: 80, 90, 70; a1: 50 each; a2: 100, 96, 92.5.
    long e1Sheet = fill(d.e1(), s0, sheet(24, 16, 16, 24, true));
    fill(d.e2(), s0, sheet(27, 18, 18, 27, true));
    fill(d.chief(), s0, sheet(21, 14, 14, 21, true));
    for (Browsing examiner : List.of(d.e1(), d.e2(), d.chief())) {
      fill(examiner, s1, sheet(15, 10, 10, 15, true));
    }
    fill(d.e1(), s2, sheet(30, 20, 20, 30, true));
    fill(d.e2(), s2, sheet(29, 19, 19, 29, true));
    // A draft first: not yet in, so the score room cannot unseal.
    fill(d.chief(), s2, sheet(28, 18, 18, 28.5, false));
    HttpResponse<String> early = d.clerk().post(API + "/panels/" + panel + "/unsealing", "");
    expect(409, early);
    assertTrue(early.body().contains("sheets-missing"), early.body());
    expect(409, d.clerk().get(API + "/panels/" + panel + "/summary"));
    fill(d.chief(), s2, sheet(28, 18, 18, 28.5, true));

    // Only the panel's clerk unseals, once.
    expect(403, d.chief().post(API + "/panels/" + panel + "/unsealing", ""));
    JsonObject unsealed =
        Http.object(ok(d.clerk().post(API + "/panels/" + panel + "/unsealing", "")));
    assertEquals(new BigDecimal("80.00"), score(unsealed, a.get(0)));
    expect(409, d.clerk().post(API + "/panels/" + panel + "/unsealing", ""));
    ok(d.e2().get(API + "/sheets/" + e1Sheet));

    // A change after sealing needs the chief examiner and a reason.
    String scores = "{\"analysis\":25.5,\"planning\":16,\"communication\":16,\"adaptability\":24}";
    String amendment = "{\"scores\":" + scores + ",\"reason\":\"登记错误\"}";
    expect(403, d.e1().post(API + "/sheets/" + e1Sheet + "/amendment", amendment));
    expect(
        422,
        d.chief().post(API + "/sheets/" + e1Sheet + "/amendment", "{\"scores\":" + scores + "}"));
    ok(d.chief().post(API + "/sheets/" + e1Sheet + "/amendment", amendment));

    // The chief signs with the password; a wrong one signs nothing; a second signature is refused.
    String password = "{\"password\":\"" + Staff.PASSWORD + "\"}";
    expect(403, d.clerk().post(API + "/panels/" + panel + "/signature", password));
    HttpResponse<String> wrong =
        d.chief().post(API + "/panels/" + panel + "/signature", "{\"password\":\"not-mine\"}");
    expect(403, wrong);
    assertTrue(wrong.body().contains("reauthentication-failed"), wrong.body());
    assertTrue(
        missing(Http.object(ok(d.clerk().get(API + "/panels/" + panel + "/summary"))), "signedAt"));
    JsonObject signed =
        Http.object(ok(d.chief().post(API + "/panels/" + panel + "/signature", password)));
    assertFalse(missing(signed, "signedAt"), signed.toString());
    expect(409, d.chief().post(API + "/panels/" + panel + "/signature", password));
    expect(409, d.chief().post(API + "/sheets/" + e1Sheet + "/amendment", amendment));

    // Every step of the panel is in the audit trail, the refused signature too.
    AuditApi.linkPending();
    List<String> actions =
        Http.object(
                ok(
                    Admin.get(
                        AuditApi.EVENTS
                            + "?targetType=interview-panel&targetId="
                            + panel
                            + "&size=50")))
            .getJsonArray("items")
            .stream()
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

    // The pipeline has the scores: (81.5 + 90 + 70) / 3, 50, (100 + 96 + 92.5) / 3; a3 absent.
    JsonObject results =
        Http.object(ok(Admin.get(StagePipeline.API + "/stages/" + d.stage() + "/results")));
    assertEquals(new BigDecimal("80.50"), pipelineScore(results, a.get(0)));
    assertEquals(new BigDecimal("50.00"), pipelineScore(results, a.get(1)));
    assertEquals(new BigDecimal("96.17"), pipelineScore(results, a.get(2)));
    assertEquals("PASSED", line(results, a.get(0)).getString("status"));
    assertEquals("FAILED", line(results, a.get(1)).getString("status"));
    assertEquals("ABSENT", line(results, a.get(3)).getString("status"));
  }

  /** Fills the examiner's sheet; answers its id. */
  private static long fill(Browsing examiner, long slot, String sheet) {
    JsonObject filled = Http.object(ok(examiner.put(API + "/slots/" + slot + "/sheet", sheet)));
    assertEquals(sheet.endsWith("true}") ? "SEALED" : "DRAFT", filled.getString("status"));
    return filled.getJsonNumber("id").longValue();
  }

  private static BigDecimal score(JsonObject summary, long app) {
    return line(summary, app).getJsonNumber("score").bigDecimalValue().setScale(2);
  }

  private static JsonObject line(JsonObject o, long app) {
    return o.getJsonArray("lines").stream()
        .map(JsonValue::asJsonObject)
        .filter(l -> l.getJsonNumber("applicationId").longValue() == app)
        .findFirst()
        .orElseThrow();
  }

  private static BigDecimal pipelineScore(JsonObject results, long app) {
    return line(results, app).getJsonNumber("score").bigDecimalValue().setScale(2);
  }
}
