package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Marking.CHIEF;
import static org.zhaokao.it.support.Marking.DESK;
import static org.zhaokao.it.support.Marking.dashboard;
import static org.zhaokao.it.support.Marking.next;
import static org.zhaokao.it.support.Marking.score;
import static org.zhaokao.it.support.Marking.total;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.WrittenExams.expectOk;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Marking;
import org.zhaokao.it.support.Marking.Sat;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.WrittenExamDeployments;

/**
 * Marking refuses what it must with a clear 4xx and changes nothing: a score beyond the question's
 * points, the same marker twice on an answer, a task not handed to the caller, a sealed mark, a
 * tolerance beyond the points, the release while tasks are open, and people without the role.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MarkingBadInputIT extends WrittenExamDeployments {

  @Test
  void badMarkingInputIsRefusedAndChangesNothing() throws Exception {
    Sat sat = Marking.sat(1);
    long r = sat.recruitment();
    String suffix = Long.toString(System.nanoTime(), 36);
    String markerRole = Marking.role("we-mk-" + suffix, "stage:written-exam:mark");
    String chiefRole = Marking.role("we-ch-" + suffix, "stage:written-exam:chief");
    Browsing m1 = Marking.marker(markerRole, r);
    Browsing m2 = Marking.marker(markerRole, r);
    Browsing chief = Marking.marker(chiefRole, r);
    Browsing candidate = sat.setup().people().get(0);
    expectOk(chief.post(CHIEF + r + "/opening", ""));

    // People without the role: a candidate may neither mark nor watch; a marker may not lead.
    expect(403, candidate.post(DESK + "/recruitments/" + r + "/next", ""));
    expect(403, candidate.get(CHIEF + r));
    expect(403, m1.get(CHIEF + r));
    expect(403, m1.post(CHIEF + r + "/release", ""));

    // A tolerance beyond the question's 20 points, or malformed: refused, the old one stays.
    JsonObject q = dashboard(chief, r).getJsonArray("questions").getJsonObject(0);
    long question = q.getJsonNumber("questionId").longValue();
    HttpResponse<String> tooWide =
        chief.put(CHIEF + r + "/questions/" + question, "{\"tolerance\":25}");
    expect(422, tooWide);
    assertTrue(tooWide.body().contains("from 0 to the question's 20 points"), tooWide.body());
    expect(400, chief.put(CHIEF + r + "/questions/" + question, "{\"tolerance\":\"wide\"}"));
    assertEquals(
        q.getJsonNumber("tolerance").bigDecimalValue(),
        dashboard(chief, r)
            .getJsonArray("questions")
            .getJsonObject(0)
            .getJsonNumber("tolerance")
            .bigDecimalValue());

    // Scores beyond the points or below 0, or no score at all: refused, nothing sealed.
    JsonObject t = next(m1, r);
    assertNotNull(t);
    long task = t.getJsonNumber("taskId").longValue();
    HttpResponse<String> over = score(m1, task, "20.5");
    expect(422, over);
    assertTrue(over.body().contains("from 0 to 20"), over.body());
    expect(422, score(m1, task, "-1"));
    expect(422, score(m1, task, "1.125"));
    expect(400, m1.put(DESK + "/tasks/" + task + "/score", "{}"));
    assertEquals(0, total(dashboard(chief, r), "markedOnce"));

    // A task not handed to me: 403; the task keeps only its own marker's hold.
    HttpResponse<String> notMine = score(m2, task, "10");
    expect(403, notMine);
    assertTrue(notMine.body().contains("not assigned to you"), notMine.body());
    expect(404, score(m2, 987654321L, "10"));
    assertEquals(0, total(dashboard(chief, r), "markedOnce"));

    // The first mark is sealed once submitted.
    expectOk(score(m1, task, "12"));
    HttpResponse<String> again = score(m1, task, "14");
    expect(409, again);
    assertTrue(again.body().contains("sealed"), again.body());

    // The same marker never marks an answer twice, whether taking the next task or claiming it.
    HttpResponse<String> twice = m1.post(DESK + "/tasks/" + task + "/claim", "");
    expect(409, twice);
    assertTrue(twice.body().contains("marking.sameMarker"), twice.body());
    JsonObject other = next(m1, r);
    assertNotNull(other);
    assertNotEquals(task, other.getJsonNumber("taskId").longValue());
    JsonObject board = dashboard(chief, r);
    assertEquals(1, total(board, "markedOnce"), board.toString());
    assertEquals(0, total(board, "markedTwice"), board.toString());

    // The release while tasks are open: refused, nothing reaches the pipeline.
    HttpResponse<String> early = chief.post(CHIEF + r + "/release", "");
    expect(409, early);
    assertTrue(early.body().contains("have no final score yet"), early.body());
    JsonObject results =
        Http.object(expectOk(Admin.get(StagePipeline.API + "/stages/" + sat.stage() + "/results")));
    assertTrue(
        results.getJsonArray("lines").stream()
            .map(l -> l.asJsonObject())
            .allMatch(l -> !l.containsKey("score") || l.isNull("score")),
        results.toString());
    assertEquals(2, total(dashboard(chief, r), "tasks"));
  }
}
