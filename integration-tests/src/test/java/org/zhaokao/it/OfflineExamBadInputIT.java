package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.OfflineExams.mark;
import static org.zhaokao.it.support.OfflineExams.omr;
import static org.zhaokao.it.support.OfflineExams.room;
import static org.zhaokao.it.support.OfflineExams.roomId;
import static org.zhaokao.it.support.OfflineExams.seats;
import static org.zhaokao.it.support.OfflineExams.tickets;
import static org.zhaokao.it.support.OfflineExams.venue;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.WrittenExams.expectOk;
import static org.zhaokao.it.support.WrittenExams.reschedule;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.OfflineExams;
import org.zhaokao.it.support.OfflineExams.Exam;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.WrittenExamDeployments;
import org.zhaokao.it.support.WrittenExams;

/**
 * The offline exam refuses bad input clearly and keeps nothing of it: rooms too small (409 naming
 * the shortfall), two allocations at once (no seat twice), OMR files with an unknown ticket or a
 * wrong answer string (row errors, nothing stored), a mark for a candidate of another room.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfflineExamBadInputIT extends WrittenExamDeployments {

  @Test
  void badInputIsRefusedAndChangesNothing() throws Exception {
    Instant start = Instant.now().plusSeconds(3600);
    Exam e = OfflineExams.planned(5, start, start.plusSeconds(3600));
    long venue = venue(e, "第二中学");
    long small = roomId(room(e, venue, "201", 2, 2, 3));
    expect(422, room(e, venue, "202", 2, 2, 5));

    HttpResponse<String> tooSmall = Admin.post(e.path() + "/seating", "", "");
    expect(409, tooSmall);
    assertTrue(tooSmall.body().contains("5 candidates need a seat"), tooSmall.body());
    assertTrue(tooSmall.body().contains("2 seats short"), tooSmall.body());
    assertEquals(0, seats(e, small).getJsonArray("seats").size(), "nothing seated");

    // Two allocations at once: every candidate seated once, no seat taken twice.
    long other = roomId(room(e, venue, "203", 1, 4, 4));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<HttpResponse<String>>> runs = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        runs.add(pool.submit(() -> Admin.post(e.path() + "/seating", "", "")));
      }
      int placed = 0;
      for (Future<HttpResponse<String>> r : runs) {
        HttpResponse<String> answer = r.get();
        if (answer.statusCode() == 200) {
          placed += Http.object(answer).getInt("placed");
        } else {
          expect(409, answer);
        }
      }
      assertEquals(5, placed);
    } finally {
      pool.shutdown();
    }
    Set<String> places = new HashSet<>();
    Set<Long> people = new HashSet<>();
    long inSmall = 0;
    for (long room : List.of(small, other)) {
      for (JsonValue v : seats(e, room).getJsonArray("seats")) {
        JsonObject s = v.asJsonObject();
        assertTrue(places.add(room + ":" + s.getInt("seatNo")), "a seat taken twice");
        assertTrue(people.add(s.getJsonNumber("applicationId").longValue()), "seated twice");
        if (room == small) {
          inSmall = s.getJsonNumber("applicationId").longValue();
        }
      }
    }
    assertEquals(5, people.size());

    // A candidate of the small room marked through the other room: 404, nothing marked.
    HttpResponse<String> wrongRoom = mark(e, other, inSmall, "ABSENT");
    expect(404, wrongRoom);
    assertTrue(seats(e, small).toString().contains("UNMARKED"));
    expect(400, mark(e, small, inSmall, "ASLEEP"));

    // Moving the window: a reason, an end after the start, nothing in the past; nothing changes.
    Instant now = Instant.now();
    assertProblem(422, reschedule(e.setup(), now.plusSeconds(60), e.end(), " "), "reason");
    assertProblem(
        422,
        reschedule(e.setup(), now.plusSeconds(60), now.plusSeconds(30), "改期"),
        "endsAt must be after startsAt");
    assertProblem(422, reschedule(e.setup(), now.minusSeconds(60), e.end(), "改期"), "in the past");
    expect(403, Recruiting.candidate().put(e.path() + "/schedule", "{}"));
    assertEquals(start.truncatedTo(ChronoUnit.SECONDS), examStart(e), "nothing moved");

    // Once started only the end may move, never into the past.
    start = WrittenExams.startNow(e.setup(), e.end());
    assertProblem(409, reschedule(e.setup(), start.plusSeconds(5), e.end(), "改期"), "exam.started");
    assertProblem(422, reschedule(e.setup(), start, start.plusMillis(100), "改期"), "in the past");
    assertEquals(e.end().truncatedTo(ChronoUnit.SECONDS), examEnd(e), "nothing moved");

    // OMR files with one wrong row: the rows and columns named, nothing stored.
    Map<Long, String> tickets = tickets(e, small, other);
    String good = tickets.get(e.setup().apps().get(0));
    HttpResponse<String> unknown = omr(e, good + ",TTTA\nNOPE-0001,TTTA\n");
    expect(422, unknown);
    assertTrue(
        unknown.body().contains("row 2, column A (准考证号): unknown ticket number 'NOPE-0001'"),
        unknown.body());
    HttpResponse<String> badRows =
        omr(
            e,
            "准考证号,答案\n"
                + good
                + ",TTTA\n"
                + tickets.get(e.setup().apps().get(1))
                + ",TT\n"
                + tickets.get(e.setup().apps().get(2))
                + ",TXTZ\n");
    expect(422, badRows);
    assertTrue(
        badRows.body().contains("row 3, column B (答案): 2 answers for 4 machine-read questions"),
        badRows.body());
    assertTrue(badRows.body().contains("row 4, column B (答案): answer 2 'X'"), badRows.body());
    assertTrue(badRows.body().contains("answer 4 'Z' has a letter outside A-D"), badRows.body());
    // Nothing of those files was kept: the good row imports now, once.
    JsonObject ok = Http.object(expectOk(omr(e, good + ",TTTA\n")));
    assertEquals(1, ok.getInt("imported"));
    HttpResponse<String> twice = omr(e, good + ",TTTA\n");
    expect(422, twice);
    assertTrue(twice.body().contains("already has answers"), twice.body());
    expect(422, omr(e, ""));
  }

  private static void assertProblem(int status, HttpResponse<String> r, String text) {
    expect(status, r);
    assertTrue(r.body().contains(text), r.body());
  }

  private static Instant examStart(Exam e) {
    return time(e, "startsAt");
  }

  private static Instant examEnd(Exam e) {
    return time(e, "endsAt");
  }

  private static Instant time(Exam e, String field) {
    return OffsetDateTime.parse(Http.object(expectOk(Admin.get(e.path()))).getString(field))
        .toInstant()
        .truncatedTo(ChronoUnit.SECONDS);
  }
}
