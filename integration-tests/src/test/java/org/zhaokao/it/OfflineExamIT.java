package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.OfflineExams.mark;
import static org.zhaokao.it.support.OfflineExams.omr;
import static org.zhaokao.it.support.OfflineExams.room;
import static org.zhaokao.it.support.OfflineExams.roomId;
import static org.zhaokao.it.support.OfflineExams.seats;
import static org.zhaokao.it.support.OfflineExams.tickets;
import static org.zhaokao.it.support.OfflineExams.venue;
import static org.zhaokao.it.support.StagePipeline.move;
import static org.zhaokao.it.support.WrittenExams.API;
import static org.zhaokao.it.support.WrittenExams.STAGE;
import static org.zhaokao.it.support.WrittenExams.expectOk;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.OfflineExams;
import org.zhaokao.it.support.OfflineExams.Exam;
import org.zhaokao.it.support.ProctoringDeployments;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.WrittenExams;

/**
 * The offline written exam: venues and rooms, a seeded seat allocation (a second run seats nobody
 * twice), the candidate's seat, the room's sign-in sheet, the invigilator's marks (absent, removed
 * to discipline), the OMR import scored like an online paper, and the outcomes in the pipeline.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfflineExamIT extends ProctoringDeployments {

  @Test
  void roomsSeatsSheetsMarksAndAnswerSheetsReachThePipeline() throws Exception {
    Instant start = Instant.now().plusSeconds(3600);
    Exam e = OfflineExams.planned(4, start, start.plusSeconds(3600));
    long venue = venue(e, "第一中学");
    long roomA = roomId(room(e, venue, "101", 1, 3, 2));
    long roomB = roomId(room(e, venue, "102", 2, 2, 3));

    JsonObject run = Http.object(expectOk(Admin.post(e.path() + "/seating", "", "{\"seed\":42}")));
    assertEquals(4, run.getInt("placed"), run.toString());
    assertEquals(42, run.getJsonNumber("seed").longValue());
    // A second run finds nobody without a seat: nothing moves.
    JsonObject again = Http.object(expectOk(Admin.post(e.path() + "/seating", "", "")));
    assertEquals(0, again.getInt("placed"), again.toString());
    assertEquals(4, again.getInt("seated"));
    List<JsonObject> rooms =
        Http.array(expectOk(Admin.get(e.path() + "/rooms"))).stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertEquals(2, rooms.get(0).getInt("seated"), rooms.toString());
    assertEquals(2, rooms.get(1).getInt("seated"), rooms.toString());

    Map<Long, String> tickets = tickets(e, roomA, roomB);
    assertEquals(4, tickets.size());
    Map<Long, Long> roomOf = new HashMap<>();
    Set<String> places = new HashSet<>();
    for (long room : List.of(roomA, roomB)) {
      for (JsonValue v : seats(e, room).getJsonArray("seats")) {
        JsonObject s = v.asJsonObject();
        roomOf.put(s.getJsonNumber("applicationId").longValue(), room);
        assertTrue(places.add(room + ":" + s.getInt("seatNo")), "one candidate per seat");
        assertTrue(s.getInt("seatNo") <= (room == roomA ? 2 : 3));
      }
    }

    // The candidate sees where they sit.
    long first = e.setup().apps().get(0);
    JsonObject mine =
        Http.object(
            expectOk(e.setup().people().get(0).get(API + "/me/exams/" + e.examId() + "/seat")));
    assertEquals("第一中学", mine.getString("venue"));
    assertEquals(roomOf.get(first) == roomA ? "101" : "102", mine.getString("room"));

    // The sign-in sheet of the first candidate's room names them with their ticket number.
    HttpResponse<byte[]> pdf =
        Admin.getBytes(e.path() + "/rooms/" + roomOf.get(first) + "/sign-in.pdf");
    assertEquals(200, pdf.statusCode());
    String text = text(pdf.body());
    assertTrue(text.contains("考场签到表") && text.contains("Signature"), text);
    assertTrue(text.contains(tickets.get(first)), text);
    assertTrue(text.contains(e.setup().persons().get(0).name()), text);

    // The invigilator's screen lists the rooms, in both languages; candidates may not see it.
    String screen =
        "/zhaokao-" + STAGE + "/invigilate.xhtml?recruitment=" + e.setup().recruitment();
    HttpResponse<String> en = expectOk(Admin.get(screen + "&lang=en"));
    assertTrue(en.body().contains("Invigilation") && en.body().contains("第一中学 101"), en.body());
    assertTrue(expectOk(Admin.get(screen + "&lang=zh-CN")).body().contains("考场监考"));
    assertEquals(403, e.setup().people().get(0).get(screen).statusCode());

    // The invigilator: the third absent, the fourth removed (an incident for discipline).
    long third = e.setup().apps().get(2);
    long fourth = e.setup().apps().get(3);
    expectOk(move(e.stage(), "IN_PROGRESS"));
    assertEquals(
        "PRESENT",
        Http.object(expectOk(mark(e, roomOf.get(first), first, "PRESENT"))).getString("presence"));
    expectOk(mark(e, roomOf.get(third), third, "ABSENT"));
    JsonObject removed = Http.object(expectOk(mark(e, roomOf.get(fourth), fourth, "REMOVED")));
    assertFalse(removed.isNull("incidentId"), removed.toString());
    String seatMap = Admin.get(e.path() + "/rooms/" + roomOf.get(third) + "/seats").body();
    assertTrue(seatMap.contains("\"ABSENT\""), seatMap);

    // After the start: the answer sheets (three T, the single choice left blank / two wrong).
    start = WrittenExams.startNow(e.setup(), e.end());
    long second = e.setup().apps().get(1);
    HttpResponse<String> imported =
        omr(
            e,
            "准考证号,答案\n" + tickets.get(first) + ",TTT-\n" + tickets.get(second) + ",\"T,F,F,\"\n");
    JsonObject result = Http.object(expectOk(imported));
    assertEquals(2, result.getInt("imported"), result.toString());
    Map<String, Integer> scores = new HashMap<>();
    result
        .getJsonArray("scores")
        .forEach(
            s ->
                scores.put(
                    s.asJsonObject().getString("ticketNumber"),
                    s.asJsonObject().getJsonNumber("score").intValue()));
    assertEquals(15, scores.get(tickets.get(first)));
    assertEquals(5, scores.get(tickets.get(second)));

    // After the end: the report reaches the pipeline with the same scores and the absence.
    WrittenExams.endNow(e.setup(), start);
    expectOk(Admin.post(e.path() + "/report", "", ""));
    expectOk(move(e.stage(), "RESULTS_ENTERED"));
    JsonObject results =
        Http.object(expectOk(Admin.get(StagePipeline.API + "/stages/" + e.stage() + "/results")));
    Map<Long, JsonObject> lines = new HashMap<>();
    results
        .getJsonArray("lines")
        .forEach(
            l ->
                lines.put(
                    l.asJsonObject().getJsonNumber("applicationId").longValue(), l.asJsonObject()));
    assertEquals(15, lines.get(first).getJsonNumber("score").intValue(), results.toString());
    assertEquals(5, lines.get(second).getJsonNumber("score").intValue(), results.toString());
    assertEquals("ABSENT", lines.get(third).getString("status"), results.toString());
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
