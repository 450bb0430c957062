package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.InterviewDesk.API;
import static org.zhaokao.it.support.InterviewDesk.created;
import static org.zhaokao.it.support.InterviewDesk.missing;
import static org.zhaokao.it.support.InterviewDesk.ok;
import static org.zhaokao.it.support.InterviewDesk.signIn;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.InterviewDeployments;
import org.zhaokao.it.support.InterviewDesk;
import org.zhaokao.it.support.InterviewDesk.Desk;

/**
 * The interview stage up to the sealed sheets over its REST API: scheme, panel, session and
 * assignment; the waiting room's sign-in after the identity check; a seeded lot drawing among those
 * present that replays, is drawn once and records the others absent; the printable order; sealed
 * examiner sheets. Every refusal changes nothing. The score room is {@link InterviewScoreRoomIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InterviewIT extends InterviewDeployments {

  @Test
  void candidatesSignInAndLotsAreDrawnAmongThosePresent() throws Exception {
    Desk d = InterviewDesk.open(4);
    long rid = d.recruitment();
    List<Long> a = d.apps();

    // Scheme: weights must add up to 100; examiners cannot manage.
    HttpResponse<String> badScheme =
        Admin.put(API + "/recruitments/" + rid + "/scheme", "", InterviewDesk.scheme(90));
    expect(422, badScheme);
    assertTrue(badScheme.body().contains("dimensions"), badScheme.body());
    expect(409, Admin.get(API + "/recruitments/" + rid + "/scheme"));
    JsonObject defined = d.defineScheme();
    assertEquals(3, defined.getInt("examinersPerPanel"));
    assertEquals(4, defined.getJsonArray("dimensions").size());
    expect(403, d.e1().get(API + "/recruitments/" + rid + "/scheme"));

    long panel = d.createPanel();
    expect(
        422,
        Admin.post(
            API + "/panels/" + panel + "/sessions",
            "",
            "{\"date\":\""
                + InterviewDesk.sessionDay()
                + "\",\"part\":\"MORNING\",\"startsAt\":\"half past eight\"}"));
    long session = d.addSession(panel);
    JsonObject listed =
        Http.array(ok(Admin.get(API + "/recruitments/" + rid + "/panels")))
            .getJsonObject(0)
            .getJsonArray("sessions")
            .getJsonObject(0);
    assertTrue(listed.getString("startsAt").startsWith("08:30"), listed.toString());
    assertEquals("人才大厦3楼", listed.getString("venue"));

    // Assignment: a stranger is refused and nothing is assigned; nobody assigned, nothing to draw.
    expect(
        422,
        Admin.post(
            API + "/sessions/" + session + "/entrants",
            "",
            "{\"applicationIds\":[" + a.get(0) + ",999999999]}"));
    expect(422, Admin.post(API + "/sessions/" + session + "/draw", "", "{}"));
    d.assignAll(session);

    // Nobody signed in: no draw.
    HttpResponse<String> empty = Admin.post(API + "/sessions/" + session + "/draw", "", "{}");
    expect(409, empty);
    assertTrue(empty.body().contains("nobody-signed-in"), empty.body());

    // Sign-in: only candidates on the roster, only after the identity check, once.
    HttpResponse<String> stranger = signIn(session, 999999999L);
    expect(422, stranger);
    assertTrue(stranger.body().contains("roster"), stranger.body());
    expect(
        422,
        Admin.post(
            API + "/sessions/" + session + "/sign-ins",
            "",
            "{\"applicationId\":" + a.get(0) + ",\"identityChecked\":false}"));
    expect(
        403,
        d.e1()
            .post(
                API + "/sessions/" + session + "/sign-ins",
                "{\"applicationId\":" + a.get(0) + ",\"identityChecked\":true}"));
    for (int i = 0; i < 3; i++) {
      JsonObject line = Http.object(created(signIn(session, a.get(i))));
      assertFalse(missing(line, "signedInAt"), line.toString());
    }
    expect(409, signIn(session, a.get(0)));
    JsonArray roster = Http.array(ok(Admin.get(API + "/sessions/" + session + "/roster")));
    assertEquals(4, roster.size());
    assertTrue(missing(line(roster, a.get(3)), "signedInAt"));
    assertFalse(line(roster, a.get(0)).getString("name").isEmpty());

    // Lot drawing among the three present: seeded, recorded, replayable, once.
    JsonObject drawn =
        Http.object(
            ok(Admin.post(API + "/sessions/" + session + "/draw", "", "{\"seed\":20261205}")));
    assertEquals(20261205L, drawn.getJsonNumber("seed").longValue());
    JsonArray order = drawn.getJsonArray("order");
    assertEquals(3, order.size());
    Map<Long, Long> slotOf = InterviewDesk.slots(order);
    assertFalse(slotOf.containsKey(a.get(3)), order.toString());
    expect(409, Admin.post(API + "/sessions/" + session + "/draw", "", "{\"seed\":1}"));
    JsonObject replay = Http.object(ok(Admin.get(API + "/sessions/" + session + "/draw")));
    assertTrue(replay.getBoolean("matchesRecord"), replay.toString());
    assertEquals(order, replay.getJsonArray("order"));

    // The draw started the session: the one not signed in is absent and cannot sign in now.
    HttpResponse<String> late = signIn(session, a.get(3));
    expect(409, late);
    assertTrue(late.body().contains("sign-in-closed"), late.body());
    roster = Http.array(ok(Admin.get(API + "/sessions/" + session + "/roster")));
    assertTrue(line(roster, a.get(3)).getBoolean("absent"), roster.toString());
    long absentSlot = line(roster, a.get(3)).getJsonNumber("slotId").longValue();

    // The printable order, as HTML and as PDF.
    HttpResponse<String> printable = Admin.get(API + "/sessions/" + session + "/order.html");
    ok(printable);
    assertTrue(printable.body().contains("20261205"), printable.body());
    assertTrue(printable.body().contains(">01<"), printable.body());
    HttpResponse<byte[]> pdf = Admin.getBytes(API + "/sessions/" + session + "/order.pdf");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    String text = text(pdf.body());
    assertTrue(text.contains("面试抽签结果") && text.contains("20261205"), text);
    assertTrue(
        text.contains("缺考") && text.contains(line(roster, a.get(0)).getString("name")), text);

    // The examiner sees the panel's candidates by plate in drawn order, the absent one last.
    JsonArray mine = Http.array(ok(d.e1().get(API + "/panels/" + panel + "/candidates")));
    assertEquals(4, mine.size());
    for (int i = 0; i < 3; i++) {
      assertEquals(
          order.getJsonObject(i).getString("plate"), mine.getJsonObject(i).getString("plate"));
    }
    assertTrue(mine.getJsonObject(3).getBoolean("absent"), mine.toString());
    assertFalse(mine.toString().contains("realName"), mine.toString());
    expect(403, d.clerk().get(API + "/panels/" + panel + "/candidates"));
    HttpResponse<String> screen = d.e1().get("/zhaokao-interview/examine.xhtml");
    ok(screen);
    assertTrue(screen.body().contains("第一考官组"), screen.body());
    assertTrue(
        screen.body().contains(">" + order.getJsonObject(0).getString("plate") + "<"),
        screen.body());
    expect(403, d.clerk().get("/zhaokao-interview/examine.xhtml"));

    // Sealing: out of range is 422 and saves nothing; a sealed sheet is its examiner's alone.
    long s0 = slotOf.get(a.get(0));
    JsonObject sealed =
        Http.object(ok(d.e1().put(API + "/slots/" + s0 + "/sheet", sheet(24, 16, 16, 24, true))));
    assertEquals("SEALED", sealed.getString("status"));
    long e1Sheet = sealed.getJsonNumber("id").longValue();
    HttpResponse<String> outOfRange =
        d.e2().put(API + "/slots/" + s0 + "/sheet", sheet(31, 18, 18, 27, true));
    expect(422, outOfRange);
    assertTrue(outOfRange.body().contains("scores.analysis"), outOfRange.body());
    expect(403, d.e2().get(API + "/sheets/" + e1Sheet));
    expect(403, d.clerk().get(API + "/sheets/" + e1Sheet));
    ok(d.e1().get(API + "/sheets/" + e1Sheet));
    expect(409, d.e1().put(API + "/slots/" + s0 + "/sheet", sheet(20, 16, 16, 24, true)));
    expect(409, d.e1().put(API + "/slots/" + absentSlot + "/sheet", sheet(20, 16, 16, 24, true)));
  }

  static String sheet(
      double analysis, double planning, double communication, double adapt, boolean submit) {
    return "{\"scores\":{\"analysis\":"
        + analysis
        + ",\"planning\":"
        + planning
        + ",\"communication\":"
        + communication
        + ",\"adaptability\":"
        + adapt
        + "},\"submit\":"
        + submit
        + "}";
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static JsonObject line(JsonArray lines, long app) {
    return lines.stream()
        .map(JsonValue::asJsonObject)
        .filter(l -> l.getJsonNumber("applicationId").longValue() == app)
        .findFirst()
        .orElseThrow();
  }
}
