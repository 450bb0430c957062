package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.InterviewDesk.API;
import static org.zhaokao.it.support.InterviewDesk.created;
import static org.zhaokao.it.support.InterviewDesk.missing;
import static org.zhaokao.it.support.InterviewDesk.ok;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Eventually;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.InterviewDeployments;
import org.zhaokao.it.support.InterviewDesk;
import org.zhaokao.it.support.InterviewDesk.Desk;

/**
 * The calling screen (叫号): the timer's settings and their range, calling in drawn order only once
 * someone signed in and lots were drawn, the answer time by the server's clock with its warnings,
 * the recorded end of each answer, the recording references, and the room display's page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InterviewCallingIT extends InterviewDeployments {

  @Test
  void candidatesAreCalledInDrawnOrderAndTimedByTheServer() {
    Desk d = InterviewDesk.open(3);
    List<Long> a = d.apps();
    long session = d.ready()[1];
    String calling = API + "/sessions/" + session + "/calling";

    // Nobody signed in: nobody to call.
    HttpResponse<String> none = Admin.post(calling + "/next", "", "");
    expect(409, none);
    assertTrue(none.body().contains("nobody-signed-in"), none.body());

    // The timer: answer time and warning points in range, or 422 naming the field.
    assertField(timer(calling, "{\"answerSeconds\":30}"), "answerSeconds");
    assertField(
        timer(calling, "{\"answerSeconds\":600,\"warningSeconds\":[600]}"), "warningSeconds");
    assertField(
        timer(calling, "{\"answerSeconds\":600,\"warningSeconds\":[180,-5]}"), "warningSeconds");
    assertField(timer(calling, "{\"answerSeconds\":\"long\"}"), "answerSeconds");
    JsonObject board =
        Http.object(ok(timer(calling, "{\"answerSeconds\":600,\"warningSeconds\":[60,180]}")));
    assertEquals(600, board.getInt("answerSeconds"));
    assertEquals("[180,60]", board.getJsonArray("warningSeconds").toString());
    expect(403, d.e1().put(calling + "/timer", "{\"answerSeconds\":600}"));

    // Two come; lots not drawn yet: no call. The draw leaves the third absent.
    created(InterviewDesk.signIn(session, a.get(0)));
    created(InterviewDesk.signIn(session, a.get(1)));
    HttpResponse<String> undrawn = Admin.post(calling + "/next", "", "");
    expect(409, undrawn);
    assertTrue(undrawn.body().contains("not-drawn"), undrawn.body());
    Map<Long, Long> slotOf = InterviewDesk.draw(session, 77L);
    board = Http.object(ok(Admin.get(calling)));
    assertEquals(2, board.getJsonArray("queue").size());
    assertTrue(missing(board, "current"), board.toString());

    // No recordings before the call; then the first in drawn order is called.
    long first = board.getJsonArray("queue").getJsonObject(0).getJsonNumber("slotId").longValue();
    expect(
        409, Admin.put(API + "/slots/" + first + "/recordings", "", "{\"references\":[\"r1\"]}"));
    board = Http.object(ok(Admin.post(calling + "/next", "", "")));
    JsonObject current = board.getJsonObject("current");
    assertEquals(first, current.getJsonNumber("slotId").longValue());
    assertEquals("01", current.getString("plate"));
    long left = current.getJsonNumber("remainingSeconds").longValue();
    assertTrue(left > 590 && left <= 600, current.toString());
    assertEquals(
        OffsetDateTime.parse(current.getString("calledAt")).plusSeconds(600).toInstant(),
        OffsetDateTime.parse(current.getString("endsAt")).toInstant());
    assertEquals("ANSWERING", board.getJsonArray("queue").getJsonObject(0).getString("state"));
    // The timer does not change under a candidate answering.
    expect(409, timer(calling, "{\"answerSeconds\":300,\"warningSeconds\":[60]}"));

    // The end of the answer is recorded; nobody answers then.
    board = Http.object(ok(Admin.post(calling + "/end", "", "")));
    assertTrue(missing(board, "current"), board.toString());
    JsonObject done = board.getJsonArray("queue").getJsonObject(0);
    assertEquals("DONE", done.getString("state"));
    assertFalse(missing(done, "answerEndedAt"), done.toString());
    expect(409, Admin.post(calling + "/end", "", ""));

    // Recording references: file ids or links, kept per candidate; bad ones change nothing.
    HttpResponse<String> bad =
        Admin.put(API + "/slots/" + first + "/recordings", "", "{\"references\":[\"rec 301\"]}");
    expect(422, bad);
    assertTrue(bad.body().contains("references[0]"), bad.body());
    ok(
        Admin.put(
            API + "/slots/" + first + "/recordings",
            "",
            "{\"references\":[\"rec-301-01\",\"https://vod.example.cn/r/301-01\"]}"));
    board = Http.object(ok(Admin.get(calling)));
    assertEquals(
        "[\"rec-301-01\",\"https://vod.example.cn/r/301-01\"]",
        board.getJsonArray("queue").getJsonObject(0).getJsonArray("recordings").toString());

    // A short answer time: the warning shows by the server's clock.
    ok(timer(calling, "{\"answerSeconds\":60,\"warningSeconds\":[59]}"));
    board = Http.object(ok(Admin.post(calling + "/next", "", "")));
    long second = board.getJsonObject("current").getJsonNumber("slotId").longValue();
    assertEquals(slotOf.get(a.get(0)) + slotOf.get(a.get(1)) - first, second);
    JsonArray reached =
        Eventually.await(
            "the warning at 59 s left",
            Duration.ofSeconds(10),
            () -> {
              JsonObject now = Http.object(ok(Admin.get(calling)));
              JsonArray w = now.getJsonObject("current").getJsonArray("warningsReached");
              return w.isEmpty() ? Optional.empty() : Optional.of(w);
            });
    assertEquals("[59]", reached.toString());

    // The room display shows the plate and the clock in large type; examiners cannot run it.
    HttpResponse<String> screen = Admin.get("/zhaokao-interview/calling.xhtml?session=" + session);
    ok(screen);
    assertTrue(screen.body().contains("iv-now-plate"), screen.body());
    assertTrue(screen.body().contains(">02<"), screen.body());
    assertTrue(screen.body().contains("身份核验"), screen.body());
    expect(403, d.e1().get("/zhaokao-interview/calling.xhtml?session=" + session));

    // Everyone called: calling again refuses and ends nothing.
    HttpResponse<String> over = Admin.post(calling + "/next", "", "");
    expect(409, over);
    assertTrue(over.body().contains("none-waiting"), over.body());
    assertFalse(missing(Http.object(ok(Admin.get(calling))), "current"));
  }

  private static HttpResponse<String> timer(String calling, String json) {
    return Admin.put(calling + "/timer", "", json);
  }

  private static void assertField(HttpResponse<String> r, String field) {
    expect(422, r);
    assertTrue(r.body().contains("\"field\":\"" + field + "\""), r.body());
  }
}
