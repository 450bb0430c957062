package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.WrittenExams.API;
import static org.zhaokao.it.support.WrittenExams.expectOk;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.OfflineExams;
import org.zhaokao.it.support.OfflineExams.Exam;
import org.zhaokao.it.support.Pictures;
import org.zhaokao.it.support.ProctoringDeployments;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.WrittenExams;

/**
 * Online proctoring: the candidate's page reports events and snapshots while the attempt runs; the
 * proctor's roster counts them and shows the last picture, messages the candidate, ends the attempt
 * and reports to discipline. Bad reports are refused whole.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProctoringIT extends ProctoringDeployments {

  @Test
  void theProctorSeesWhatThePageReportsAndActsOnIt() throws Exception {
    Instant later = Instant.now().plusSeconds(3600);
    Exam e = OfflineExams.planned(3, later, later.plusSeconds(3600));
    long recruitment = e.setup().recruitment();
    Browsing first = e.setup().people().get(0);
    Browsing third = e.setup().people().get(2);
    long firstApp = e.setup().apps().get(0);
    long thirdApp = e.setup().apps().get(2);
    String mine = API + "/me/exams/" + e.examId();
    String proctoring = mine + "/proctoring";
    String desk = API + "/proctoring/" + recruitment;

    // Before the paper is open there is no attempt to watch.
    expect(409, first.post(proctoring + "/events", events(event("COPY", Instant.now()))));
    WrittenExams.startNow(e.setup(), e.end());
    expectOk(first.get(mine + "/paper"));
    expectOk(e.setup().people().get(1).get(mine + "/paper"));

    Instant now = Instant.now();
    JsonObject stored =
        Http.object(
            expectOk(
                first.post(
                    proctoring + "/events",
                    events(
                        event("TAB_HIDDEN", now),
                        event("copy", now),
                        "{\"kind\":\"AUDIO_LEVEL\",\"at\":\"" + now + "\",\"level\":42}"))));
    assertEquals(3, stored.getInt("stored"));
    byte[] jpeg = Pictures.jpeg(32, 24);
    expectOk(first.postBytes(proctoring + "/snapshots", "image/jpeg", jpeg));

    // Bad reports: refused whole, naming the fault; nothing of them is counted below.
    expect(400, first.post(proctoring + "/events", events(event("SCREENSHOT", now))));
    assertRefused(
        first.post(
            proctoring + "/events",
            events(event("COPY", now), "{\"kind\":\"AUDIO_LEVEL\",\"at\":\"" + now + "\"}")),
        "event 2: an audio level comes with AUDIO_LEVEL events only");
    assertRefused(
        first.post(
            proctoring + "/events",
            events("{\"kind\":\"AUDIO_LEVEL\",\"at\":\"" + now + "\",\"level\":150}")),
        "an audio level is 0 to 100");
    assertRefused(
        first.post(proctoring + "/events", events(event("PASTE", now.minusSeconds(86400)))),
        "is outside the attempt");
    assertRefused(first.post(proctoring + "/events", "{\"events\":[]}"), "send 1 to 100 events");
    String[] many = new String[101];
    Arrays.fill(many, event("COPY", now));
    assertRefused(first.post(proctoring + "/events", events(many)), "send 1 to 100 events");
    assertRefused(
        first.postBytes(proctoring + "/snapshots", "image/jpeg", "not a picture".getBytes()),
        "a picture is a JPEG image");
    assertRefused(
        first.postBytes(proctoring + "/snapshots", "image/jpeg", oversized(jpeg)),
        "a picture is 1 byte to 256 KiB");
    expect(404, Recruiting.candidate().post(proctoring + "/events", events(event("COPY", now))));
    expect(409, third.post(proctoring + "/events", events(event("COPY", now))));
    expect(403, first.get(desk));

    // The roster: the first sits with two suspicious events, peak audio and a picture.
    Map<Long, JsonObject> roster = WrittenExams.roster(recruitment);
    JsonObject line = roster.get(firstApp);
    assertEquals("SITTING", line.getString("status"), line.toString());
    assertEquals(2, line.getInt("suspicious"), line.toString());
    assertEquals(1, line.getJsonObject("events").getInt("TAB_HIDDEN"));
    assertEquals(1, line.getJsonObject("events").getInt("COPY"));
    assertEquals(42, line.getInt("peakAudio"));
    assertFalse(line.isNull("lastSnapshotAt"), line.toString());
    assertEquals("NOT_OPENED", roster.get(thirdApp).getString("status"));
    HttpResponse<byte[]> picture = Admin.getBytes(desk + "/candidates/" + firstApp + "/snapshot");
    assertEquals(200, picture.statusCode());
    assertArrayEquals(jpeg, picture.body(), "the picture comes back as taken");
    assertEquals(409, Admin.getBytes(desk + "/candidates/" + thirdApp + "/snapshot").statusCode());
    long secondApp = e.setup().apps().get(1);
    assertEquals(404, Admin.getBytes(desk + "/candidates/" + secondApp + "/snapshot").statusCode());

    // A message reaches the candidate's page; an empty one or one to an absent candidate does not.
    expectOk(Admin.post(desk + "/candidates/" + firstApp + "/messages", JSON, text("请正视摄像头")));
    assertTrue(first.get(proctoring + "/messages").body().contains("请正视摄像头"));
    assertRefused(
        Admin.post(desk + "/candidates/" + firstApp + "/messages", JSON, text(" ")),
        "a message is 1 to 500 characters");
    expect(409, Admin.post(desk + "/candidates/" + thirdApp + "/messages", JSON, text("你好")));

    // Ending the attempt: a reason is required; then saves and reports stop.
    assertRefused(
        Admin.post(desk + "/candidates/" + firstApp + "/submission", JSON, "{}"),
        "reason is required");
    expectOk(
        Admin.post(
            desk + "/candidates/" + firstApp + "/submission", JSON, "{\"reason\":\"多次切屏\"}"));
    expect(409, first.put(mine + "/answers/1", "{\"response\":\"T\",\"seq\":1}"));
    expect(409, first.post(proctoring + "/events", events(event("COPY", Instant.now()))));
    expect(
        409,
        Admin.post(desk + "/candidates/" + firstApp + "/submission", JSON, "{\"reason\":\"再次\"}"));

    // Reported to discipline once, with what proctoring recorded.
    JsonObject reported =
        Http.object(
            expectOk(
                Admin.post(
                    desk + "/candidates/" + firstApp + "/incident",
                    JSON,
                    "{\"facts\":\"考试中多次切换窗口并复制题目\"}")));
    long incident = reported.getJsonNumber("incidentId").longValue();
    expect(
        409,
        Admin.post(desk + "/candidates/" + firstApp + "/incident", JSON, "{\"facts\":\"再次移交\"}"));
    line = WrittenExams.roster(recruitment).get(firstApp);
    assertEquals("FORCED", line.getString("status"));
    assertEquals(incident, line.getJsonNumber("incidentId").longValue());
    assertEquals(2, line.getInt("suspicious"), "nothing of the refused reports was kept");
  }

  @Test
  void thePaperOpensOnlyToACandidateTheProctorAdmitted() throws Exception {
    Instant later = Instant.now().plusSeconds(3600);
    Exam e = OfflineExams.planned(2, later, later.plusSeconds(3600), true);
    Browsing first = e.setup().people().get(0);
    long firstApp = e.setup().apps().get(0);
    long secondApp = e.setup().apps().get(1);
    String identity = API + "/me/exams/" + e.examId() + "/identity";
    String desk = API + "/proctoring/" + e.setup().recruitment() + "/candidates/";
    WrittenExams.startNow(e.setup(), e.end());

    HttpResponse<String> sealed = first.get(API + "/me/exams/" + e.examId() + "/paper");
    expect(409, sealed);
    assertTrue(sealed.body().contains("identity.notAdmitted"), sealed.body());
    JsonObject status = Http.object(expectOk(first.get(identity)));
    assertTrue(status.getBoolean("required"));
    assertFalse(status.containsKey("status") && !status.isNull("status"), status.toString());

    // A bad picture is refused and nothing waits for the proctor.
    assertRefused(first.postBytes(identity, "image/jpeg", "selfie".getBytes()), "JPEG");
    assertEquals(404, Admin.getBytes(desk + firstApp + "/live-photo").statusCode());
    byte[] live = Pictures.jpeg(64, 48);
    assertEquals(
        "PENDING",
        Http.object(expectOk(first.postBytes(identity, "image/jpeg", live))).getString("status"));
    expect(409, first.postBytes(identity, "image/jpeg", live));

    // The proctor sees both photos side by side, refuses with a reason, then admits the retake.
    assertArrayEquals(live, Admin.getBytes(desk + firstApp + "/live-photo").body());
    HttpResponse<byte[]> applied = Admin.getBytes(desk + firstApp + "/application-photo");
    assertEquals(200, applied.statusCode());
    assertTrue(applied.body().length > 100, "the photo the candidate applied with");
    assertRefused(Admin.post(desk + firstApp + "/admission", JSON, "{\"admit\":false}"), "reason");
    expect(400, Admin.post(desk + firstApp + "/admission", JSON, "{\"admit\":\"yes\"}"));
    expectOk(
        Admin.post(desk + firstApp + "/admission", JSON, "{\"admit\":false,\"reason\":\"面部被遮挡\"}"));
    JsonObject refused = Http.object(expectOk(first.get(identity)));
    assertEquals("REFUSED", refused.getString("status"));
    assertEquals("面部被遮挡", refused.getString("reason"));
    expect(409, first.get(API + "/me/exams/" + e.examId() + "/paper"));
    expectOk(first.postBytes(identity, "image/jpeg", live));
    expectOk(Admin.post(desk + firstApp + "/admission", JSON, "{\"admit\":true}"));
    expect(409, Admin.post(desk + firstApp + "/admission", JSON, "{\"admit\":true}"));
    expectOk(first.get(API + "/me/exams/" + e.examId() + "/paper"));

    // The roster shows who waits; the second never sent a photo.
    Map<Long, JsonObject> roster = WrittenExams.roster(e.setup().recruitment());
    assertEquals("ADMITTED", roster.get(firstApp).getString("admission"));
    assertFalse(roster.get(secondApp).containsKey("admission"), roster.toString());
    expect(404, Admin.post(desk + secondApp + "/admission", JSON, "{\"admit\":true}"));
  }

  private static final String JSON = "application/json";

  private static String event(String kind, Instant at) {
    return "{\"kind\":\"" + kind + "\",\"at\":\"" + at + "\"}";
  }

  private static String events(String... events) {
    return "{\"events\":[" + String.join(",", events) + "]}";
  }

  private static String text(String text) {
    return "{\"text\":\"" + text + "\"}";
  }

  private static void assertRefused(HttpResponse<String> r, String why) {
    expect(422, r);
    assertTrue(r.body().contains(why), r.body());
  }

  private static byte[] oversized(byte[] jpeg) {
    byte[] big = Arrays.copyOf(jpeg, 300 * 1024);
    return big;
  }
}
