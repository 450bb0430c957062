package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Marking.CHIEF;
import static org.zhaokao.it.support.Marking.dashboard;
import static org.zhaokao.it.support.Marking.next;
import static org.zhaokao.it.support.Marking.question;
import static org.zhaokao.it.support.Marking.score;
import static org.zhaokao.it.support.Marking.total;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.StagePipeline.move;
import static org.zhaokao.it.support.WrittenExams.STAGE;
import static org.zhaokao.it.support.WrittenExams.examPath;
import static org.zhaokao.it.support.WrittenExams.expectOk;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Marking;
import org.zhaokao.it.support.Marking.Sat;
import org.zhaokao.it.support.People;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.WrittenExamDeployments;

/**
 * Subjective marking end to end: two candidates sit an exam with two essays, the chief marker opens
 * the marking and sets each question's tolerance, two markers mark every answer seeing only
 * anonymous scripts, a disagreement goes to a third marker, and the released totals (objective plus
 * marked) are the stage's outcomes in the pipeline.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MarkingIT extends WrittenExamDeployments {

  /** What each marker gives each answer, by the answer's opening (candidate and question). */
  private static final Map<String, String> FIRST =
      Map.of("作答A：论述一", "15", "作答A：论述二", "12", "作答B：论述一", "18", "作答B：论述二", "8");

  private static final Map<String, String> SECOND =
      Map.of("作答A：论述一", "16", "作答A：论述二", "13", "作答B：论述一", "10", "作答B：论述二", "9");

  private static final Set<String> MARKER_SEES =
      Set.of("taskId", "script", "stem", "points", "guide", "answer", "arbitration");

  @Test
  void markersMarkAnonymouslyTwiceAThirdSettlesTheDisagreementAndTotalsReachThePipeline()
      throws Exception {
    Sat sat = Marking.sat(2);
    long r = sat.recruitment();
    String suffix = Long.toString(System.nanoTime(), 36);
    String markerRole = Marking.role("we-mk-" + suffix, "stage:written-exam:mark");
    String chiefRole =
        Marking.role("we-ch-" + suffix, "stage:written-exam:mark", "stage:written-exam:chief");
    Browsing m1 = Marking.marker(markerRole, r);
    Browsing m2 = Marking.marker(markerRole, r);
    Browsing m3 = Marking.marker(markerRole, r);
    Browsing chief = Marking.marker(chiefRole, r);

    // Nothing to mark before the chief opens the marking; markers may not open it.
    expect(409, m1.post(Marking.DESK + "/recruitments/" + r + "/next", ""));
    expect(403, m1.post(CHIEF + r + "/opening", ""));
    JsonObject opened = Http.object(expectOk(chief.post(CHIEF + r + "/opening", "")));
    assertEquals(2, opened.getInt("scripts"), opened.toString());
    assertEquals(2, opened.getInt("questions"), opened.toString());
    assertEquals(4, opened.getInt("tasks"), opened.toString());
    expect(409, chief.post(CHIEF + r + "/opening", ""));
    // The objective report is the marking's to make now.
    expect(409, Admin.post(examPath(sat.setup()) + "/report", "", ""));

    // A tolerance of 3 points on each question.
    JsonObject board = dashboard(chief, r);
    for (JsonValue q : board.getJsonArray("questions")) {
      long id = q.asJsonObject().getJsonNumber("questionId").longValue();
      expect(204, chief.put(CHIEF + r + "/questions/" + id, "{\"tolerance\":3}"));
    }
    assertEquals(
        0,
        new BigDecimal("3")
            .compareTo(
                question(dashboard(chief, r), "论述一").getJsonNumber("tolerance").bigDecimalValue()));

    // First marks: the marker sees the anonymous script and the answer, nothing of the candidate.
    Set<Long> tasks = new HashSet<>();
    Set<String> scripts = new HashSet<>();
    JsonObject t;
    while ((t = next(m1, r)) != null) {
      assertEquals(MARKER_SEES, t.keySet(), t.toString());
      assertTrue(t.getString("script").startsWith("S-"), t.toString());
      assertFalse(t.getBoolean("arbitration"));
      for (People.Person p : sat.setup().persons()) {
        assertFalse(t.toString().contains(p.name()), "the marker never sees a name");
        assertFalse(t.toString().contains(p.idNumber()), "nor an ID number");
      }
      tasks.add(t.getJsonNumber("taskId").longValue());
      scripts.add(t.getString("script"));
      expectOk(score(m1, t.getJsonNumber("taskId").longValue(), scoreOf(FIRST, t)));
    }
    assertEquals(4, tasks.size());
    assertEquals(2, scripts.size(), "one anonymous id per script");
    JsonObject halfway = dashboard(chief, r);
    assertEquals(4, total(halfway, "markedOnce"), halfway.toString());
    assertEquals(0, total(halfway, "markedTwice"), halfway.toString());

    // Second marks by another marker; the first gets nothing more.
    int second = 0;
    while ((t = next(m2, r)) != null) {
      assertTrue(tasks.contains(t.getJsonNumber("taskId").longValue()));
      expectOk(score(m2, t.getJsonNumber("taskId").longValue(), scoreOf(SECOND, t)));
      second++;
    }
    assertEquals(4, second);
    assertNull(next(m1, r), "a marker never gets an answer they marked");
    JsonObject twice = dashboard(chief, r);
    assertEquals(4, total(twice, "markedTwice"), twice.toString());
    assertEquals(1, question(twice, "论述一").getInt("inArbitration"), twice.toString());
    assertEquals(3, total(twice, "settled"), twice.toString());
    assertFalse(twice.getBoolean("releasable"));
    expect(409, chief.post(CHIEF + r + "/release", ""));

    // B's first essay: 18 against 10 is beyond 3 points; the third marker's 11 stands.
    JsonObject arbitration = next(m3, r);
    assertNotNull(arbitration);
    assertTrue(arbitration.getBoolean("arbitration"), arbitration.toString());
    assertTrue(arbitration.getString("answer").startsWith("作答B：论述一"), arbitration.toString());
    expectOk(score(m3, arbitration.getJsonNumber("taskId").longValue(), "11"));
    assertNull(next(m3, r));
    expect(409, score(m3, arbitration.getJsonNumber("taskId").longValue(), "12")); // sealed

    JsonObject done = dashboard(chief, r);
    assertEquals(4, total(done, "settled"), done.toString());
    assertTrue(done.getBoolean("releasable"));
    Map<Long, JsonObject> markers = new HashMap<>();
    done.getJsonArray("markers")
        .forEach(
            l ->
                markers.put(
                    l.asJsonObject().getJsonNumber("markerId").longValue(), l.asJsonObject()));
    assertEquals(3, markers.size(), done.toString());
    JsonObject first = markers.get(accountId(m1));
    assertEquals(4, first.getInt("marks"));
    assertEquals(new BigDecimal("13.25"), first.getJsonNumber("meanScore").bigDecimalValue());
    // 15, 12, 18, 8 against 15.5, 12.5, 11, 8.5
    assertEquals(new BigDecimal("1.38"), first.getJsonNumber("meanDeviation").bigDecimalValue());
    JsonObject third = markers.get(accountId(m3));
    assertEquals(1, third.getInt("marks"));
    assertEquals(0, third.getJsonNumber("meanDeviation").bigDecimalValue().signum());

    // Release: objective plus marked, into the pipeline.
    JsonObject released = Http.object(expectOk(chief.post(CHIEF + r + "/release", "")));
    assertEquals(2, released.getInt("stored"), released.toString());
    expect(409, chief.post(CHIEF + r + "/release", ""));
    expectOk(move(sat.stage(), "RESULTS_ENTERED"));
    JsonObject results =
        Http.object(expectOk(Admin.get(StagePipeline.API + "/stages/" + sat.stage() + "/results")));
    List<Long> apps = sat.setup().apps();
    // A: 10 + (15 + 16) / 2 + (12 + 13) / 2; B: 0 + 11 + (8 + 9) / 2
    assertEquals(new BigDecimal("38.00"), pipelineScore(results, apps.get(0)));
    assertEquals(new BigDecimal("19.50"), pipelineScore(results, apps.get(1)));
    // Marking ended with the release.
    expect(409, m3.post(Marking.DESK + "/recruitments/" + r + "/next", ""));
  }

  @Test
  void theMarkingScreensRenderInBothLanguages() {
    HttpResponse<String> queue = Admin.get("/zhaokao-" + STAGE + "/marking.xhtml?lang=zh-CN");
    expectOk(queue);
    assertTrue(queue.body().contains("密封编号") && queue.body().contains("queue:exams"), queue.body());
    HttpResponse<String> board = Admin.get("/zhaokao-" + STAGE + "/chief.xhtml?lang=en");
    expectOk(board);
    assertTrue(
        board.body().contains("Marking dashboard") && board.body().contains("exams:table"),
        board.body());
  }

  private static String scoreOf(Map<String, String> scores, JsonObject task) {
    String answer = task.getString("answer");
    return scores.entrySet().stream()
        .filter(e -> answer.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("unexpected answer " + answer));
  }

  private static long accountId(Browsing who) {
    return who.me().getJsonObject("account").getJsonNumber("id").longValue();
  }

  private static BigDecimal pipelineScore(JsonObject results, long app) {
    return results.getJsonArray("lines").stream()
        .map(JsonValue::asJsonObject)
        .filter(l -> l.getJsonNumber("applicationId").longValue() == app)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line for " + app + " in " + results))
        .getJsonNumber("score")
        .bigDecimalValue()
        .setScale(2);
  }
}
