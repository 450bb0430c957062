package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.StagePipeline.configure;
import static org.zhaokao.it.support.StagePipeline.move;
import static org.zhaokao.it.support.WrittenExams.API;
import static org.zhaokao.it.support.WrittenExams.RIGHT;
import static org.zhaokao.it.support.WrittenExams.STAGE;
import static org.zhaokao.it.support.WrittenExams.XLSX;
import static org.zhaokao.it.support.WrittenExams.choices;
import static org.zhaokao.it.support.WrittenExams.created;
import static org.zhaokao.it.support.WrittenExams.examPath;
import static org.zhaokao.it.support.WrittenExams.expectOk;
import static org.zhaokao.it.support.WrittenExams.firstStage;
import static org.zhaokao.it.support.WrittenExams.id;
import static org.zhaokao.it.support.WrittenExams.item;
import static org.zhaokao.it.support.WrittenExams.itemsOf;
import static org.zhaokao.it.support.WrittenExams.reschedule;
import static org.zhaokao.it.support.WrittenExams.rightAnswer;
import static org.zhaokao.it.support.WrittenExams.row;
import static org.zhaokao.it.support.WrittenExams.save;
import static org.zhaokao.it.support.WrittenExams.section;
import static org.zhaokao.it.support.WrittenExams.workbook;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.StagePipeline.Setup;
import org.zhaokao.it.support.WrittenExamDeployments;
import org.zhaokao.it.support.WrittenExams;

/**
 * The written-exam stage end to end: question bank (REST and Excel), blueprint, sealed papers per
 * candidate, the online sitting with sequenced autosave, automatic marking, and the scores in the
 * core's pipeline results; and the screens. Bad input is {@link WrittenExamBadInputIT}'s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WrittenExamIT extends WrittenExamDeployments {

  /** Four sections of objective items, a draw per candidate: 60 points. */
  static String plan(String subject, Instant start, Instant end) {
    return WrittenExams.plan(
        start,
        end,
        "PER_CANDIDATE",
        section("一、单项选择题", "SINGLE_CHOICE", 4, 5, subject),
        section("二、多项选择题", "MULTIPLE_CHOICE", 2, 10, subject),
        section("三、判断题", "TRUE_FALSE", 2, 5, subject),
        section("四、填空题", "FILL_BLANK", 1, 10, subject));
  }

  @Test
  void candidatesSitSealedPapersAndTheirScoresReachThePipeline() throws Exception {
    String subject = "行测-" + UUID.randomUUID().toString().substring(0, 8);
    Setup s = StagePipeline.approved(3);
    long stage = firstStage(s.recruitment());
    expectOk(configure(stage, "MINIMUM_SCORE", null, 0, 100, 100));
    expectOk(move(stage, "NOTIFIED"));

    // The bank: items of every objective type through REST, two more through the Excel template.
    long single = id(created(item("SINGLE_CHOICE", "单选一", choices(), "B", subject)));
    created(item("SINGLE_CHOICE", "单选二", choices(), "B", subject));
    created(item("SINGLE_CHOICE", "单选三", choices(), "B", subject));
    created(item("MULTIPLE_CHOICE", "多选一", List.of("对1", "错1", "对2", "错2"), "AC", subject));
    created(item("MULTIPLE_CHOICE", "多选二", List.of("错1", "对1", "错2", "对2"), "BD", subject));
    created(item("TRUE_FALSE", "判断一", List.of(), "T", subject));
    created(item("TRUE_FALSE", "判断二", List.of(), "T", subject));
    created(item("FILL_BLANK", "填空一", List.of(), "北京|Beijing;长江", subject));
    HttpResponse<String> imported =
        Admin.browsing()
            .postBytes(
                API + "/items/import",
                XLSX,
                workbook(
                    List.of(
                        row("单选", "单选四", "错a", RIGHT, "错b", "B", "2", subject, "易"),
                        row("单选", "单选五", RIGHT, "错a", "错b", "A", "2", subject, "易"))));
    assertEquals(2, Http.object(expectOk(imported)).getInt("imported"), imported.body());
    assertEquals(10, itemsOf(subject).size());

    // Editing an item no paper drew changes it in place.
    JsonObject edited =
        Http.object(
            expectOk(
                Admin.put(
                    API + "/items/" + single,
                    "application/json",
                    item("SINGLE_CHOICE", "单选一（改）", choices(), "B", subject).toString())));
    assertEquals(single, id(edited));
    assertEquals(1, edited.getInt("version"));

    // The exam: planned for later, four sections, a draw per candidate.
    Instant start = Instant.now().plusSeconds(3600);
    Instant end = start.plusSeconds(3600);
    JsonObject exam =
        Http.object(
            expectOk(Admin.put(examPath(s), "application/json", plan(subject, start, end))));
    assertEquals("60.00", exam.getJsonNumber("fullMarks").bigDecimalValue().setScale(2).toString());
    JsonObject generated = Http.object(expectOk(Admin.post(examPath(s) + "/papers", "", "")));
    assertEquals(3, generated.getInt("generated"));
    assertEquals(
        0, Http.object(expectOk(Admin.post(examPath(s) + "/papers", "", ""))).getInt("generated"));
    JsonArray papers = Http.array(expectOk(Admin.get(examPath(s) + "/papers")));
    assertEquals(3, papers.size());
    assertEquals(
        3,
        papers.stream().map(p -> p.asJsonObject().get("seed").toString()).distinct().count(),
        "a seed per candidate");
    long examId = exam.getJsonNumber("id").longValue();
    expectOk(move(stage, "IN_PROGRESS"));

    // Editing an item a paper drew adds a version; the papers keep the one they drew.
    long used =
        itemsOf(subject).stream()
            .filter(
                i ->
                    i.getBoolean("used")
                        && i.getJsonObject("content").getString("type").equals("SINGLE_CHOICE"))
            .findFirst()
            .map(WrittenExams::id)
            .orElseThrow();
    JsonObject newVersion =
        Http.object(
            expectOk(
                Admin.put(
                    API + "/items/" + used,
                    "application/json",
                    item("SINGLE_CHOICE", "修订后的题干", choices(), "B", subject).toString())));
    assertNotEquals(used, id(newVersion));
    assertEquals(2, newVersion.getInt("version"));
    assertEquals(10, itemsOf(subject).size(), "one current version per item");

    Browsing first = s.people().get(0);
    Browsing second = s.people().get(1);
    String myExam = API + "/me/exams/" + examId;
    // Before the start the paper stays sealed.
    HttpResponse<String> early = first.get(myExam + "/paper");
    expect(409, early);
    assertTrue(early.body().contains("exam.notStarted"), early.body());
    assertEquals(1, Http.array(expectOk(first.get(API + "/me/exams"))).size());
    expect(404, Recruiting.candidate().get(myExam + "/paper"));
    HttpResponse<String> reportEarly = Admin.post(examPath(s) + "/report", "", "");
    expect(409, reportEarly);

    // Brought forward (改期): the entrants are told, and the paper opens at the new start.
    start = WrittenExams.startNow(s, end);
    JsonObject notice = Notifications.inboxMessage(first, "笔试时间调整");
    assertTrue(notice.toString().contains("考场提前开放"), notice.toString());
    assertFalse(notice.toString().contains("考试须知"), "no rules, nothing to accept: " + notice);
    HttpResponse<String> opened = first.get(myExam + "/paper");
    JsonObject paper = Http.object(expectOk(opened));
    assertFalse(opened.body().contains("\"key\""), "the paper never carries the key");
    assertFalse(opened.body().contains("修订后的题干"), "papers keep the version they drew");
    JsonArray questions = paper.getJsonArray("questions");
    assertEquals(9, questions.size());
    int seq = 0;
    for (JsonValue q : questions) {
      JsonObject saved =
          save(first, myExam, q.asJsonObject(), rightAnswer(q.asJsonObject()), ++seq);
      assertTrue(saved.getBoolean("applied"), saved.toString());
    }
    // A late save of an older number never overwrites the newer answer; a repeat changes nothing.
    JsonObject q1 = questions.getJsonObject(0);
    JsonObject stale = save(first, myExam, q1, "wrong", 0);
    assertEquals("STALE", stale.getString("decision"));
    assertEquals(1, stale.getInt("storedSeq"));
    assertEquals("REPEAT", save(first, myExam, q1, rightAnswer(q1), 1).getString("decision"));
    expect(422, first.put(myExam + "/answers/99", "{\"response\":\"A\",\"seq\":100}"));
    // A reconnect finds every answer.
    JsonArray answers = Http.array(expectOk(first.get(myExam + "/answers")));
    assertEquals(9, answers.size());
    assertEquals(rightAnswer(q1), answers.getJsonObject(0).getString("response"));
    assertEquals(
        9, Http.object(expectOk(first.get(myExam + "/paper"))).getJsonArray("answers").size());

    // The second candidate gets their own order, misses one true/false item and submits.
    JsonArray theirs =
        Http.object(expectOk(second.get(myExam + "/paper"))).getJsonArray("questions");
    boolean missed = false;
    int n = 0;
    for (JsonValue v : theirs) {
      JsonObject q = v.asJsonObject();
      String answer = rightAnswer(q);
      if (!missed && q.getString("type").equals("TRUE_FALSE")) {
        answer = "F";
        missed = true;
      }
      save(second, myExam, q, answer, ++n);
    }
    expectOk(second.post(myExam + "/submission", ""));
    expect(409, second.put(myExam + "/answers/1", "{\"response\":\"A\",\"seq\":1000}"));

    // Ended early: the first candidate's running attempt stops at the new end; then objective
    // marking, the third candidate absent, scores to the pipeline.
    end = WrittenExams.endNow(s, start);
    expect(409, reschedule(s, start, end.plusSeconds(600), "再延长"));
    expect(409, first.put(myExam + "/answers/1", "{\"response\":\"A\",\"seq\":1000}"));
    JsonObject reported = Http.object(expectOk(Admin.post(examPath(s) + "/report", "", "")));
    assertEquals(3, reported.getInt("stored"), reported.toString());
    expectOk(move(stage, "RESULTS_ENTERED"));
    JsonObject results =
        Http.object(expectOk(Admin.get(StagePipeline.API + "/stages/" + stage + "/results")));
    Map<Long, JsonObject> lines = new HashMap<>();
    results
        .getJsonArray("lines")
        .forEach(
            l ->
                lines.put(
                    l.asJsonObject().getJsonNumber("applicationId").longValue(), l.asJsonObject()));
    assertEquals(
        60, lines.get(s.apps().get(0)).getJsonNumber("score").intValue(), results.toString());
    assertEquals(
        55, lines.get(s.apps().get(1)).getJsonNumber("score").intValue(), results.toString());
    assertEquals("ABSENT", lines.get(s.apps().get(2)).getString("status"), results.toString());
  }

  @Test
  void theScreensRenderWithTheSharedLayout() {
    HttpResponse<String> items = Admin.get("/zhaokao-" + STAGE + "/items.xhtml?lang=zh-CN");
    expectOk(items);
    assertTrue(items.body().contains("笔试题库") && items.body().contains("items:table"), items.body());
    HttpResponse<String> exams = Admin.get("/zhaokao-" + STAGE + "/exams.xhtml?lang=en");
    expectOk(exams);
    assertTrue(exams.body().contains("Written exams"), exams.body());
    Browsing candidate = Recruiting.candidate();
    HttpResponse<String> page = candidate.get("/zhaokao-" + STAGE + "/exam.xhtml");
    expectOk(page);
    assertTrue(page.body().contains("data-csrf=\"" + candidate.csrf() + "\""), page.body());
    assertEquals(403, candidate.get("/zhaokao-" + STAGE + "/items.xhtml").statusCode());
  }
}
