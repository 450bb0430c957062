package org.zhaokao.it.support;

import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.StagePipeline.configure;
import static org.zhaokao.it.support.StagePipeline.move;
import static org.zhaokao.it.support.WrittenExams.API;
import static org.zhaokao.it.support.WrittenExams.choices;
import static org.zhaokao.it.support.WrittenExams.created;
import static org.zhaokao.it.support.WrittenExams.examPath;
import static org.zhaokao.it.support.WrittenExams.expectOk;
import static org.zhaokao.it.support.WrittenExams.firstStage;
import static org.zhaokao.it.support.WrittenExams.item;
import static org.zhaokao.it.support.WrittenExams.rightAnswer;
import static org.zhaokao.it.support.WrittenExams.save;
import static org.zhaokao.it.support.WrittenExams.section;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.zhaokao.it.support.StagePipeline.Setup;

/**
 * A written exam with two essay questions that candidates have sat and submitted, and the people
 * who mark it: markers and a chief marker holding roles scoped to the recruitment.
 */
public final class Marking {

  public static final String DESK = WrittenExams.API + "/marking";
  public static final String CHIEF = WrittenExams.API + "/marking-chief/";

  private Marking() {}

  /**
   * The sat exam.
   *
   * @param stage the stage instance in the pipeline
   * @param tag each candidate's letter (A, B, ...), which starts every essay answer they wrote
   */
  public record Sat(Setup setup, long stage, long examId) {
    public long recruitment() {
      return setup.recruitment();
    }

    public static String tag(int candidate) {
      return String.valueOf((char) ('A' + candidate));
    }
  }

  /**
   * Candidates sit an exam of one single-choice item (10 points; only the first candidate answers
   * it right) and two essays (20 points each), answering each essay {@code 作答<letter>：<stem>}, and
   * submit. Returns once the exam has ended.
   */
  public static Sat sat(int candidates) throws InterruptedException {
    String subject = "申论-" + UUID.randomUUID().toString().substring(0, 8);
    Setup s = StagePipeline.approved(candidates);
    long stage = firstStage(s.recruitment());
    expectOk(configure(stage, "MINIMUM_SCORE", null, 0, 100, 100));
    expectOk(move(stage, "NOTIFIED"));
    created(item("SINGLE_CHOICE", "单选", choices(), "B", subject));
    created(item("ESSAY", "论述一", List.of(), "要点一", subject));
    created(item("ESSAY", "论述二", List.of(), "要点二", subject));
    Instant start = Instant.now().plusSeconds(3600);
    Instant end = start.plusSeconds(3600);
    JsonObject exam =
        Http.object(
            expectOk(
                Admin.put(
                    examPath(s),
                    "application/json",
                    WrittenExams.plan(
                        start,
                        end,
                        "FIXED",
                        section("一、单项选择题", "SINGLE_CHOICE", 1, 10, subject),
                        section("二、论述题", "ESSAY", 2, 20, subject)))));
    expectOk(Admin.post(examPath(s) + "/papers", "", ""));
    expectOk(move(stage, "IN_PROGRESS"));
    long examId = exam.getJsonNumber("id").longValue();
    String mine = API + "/me/exams/" + examId;
    start = WrittenExams.startNow(s, end);
    for (int c = 0; c < candidates; c++) {
      Browsing who = s.people().get(c);
      int seq = 0;
      for (JsonValue v :
          Http.object(expectOk(who.get(mine + "/paper"))).getJsonArray("questions")) {
        JsonObject q = v.asJsonObject();
        String answer =
            switch (q.getString("type")) {
              case "ESSAY" -> "作答" + Sat.tag(c) + "：" + q.getString("stem");
              default -> c == 0 ? rightAnswer(q) : wrong(rightAnswer(q));
            };
        save(who, mine, q, answer, ++seq);
      }
      expectOk(who.post(mine + "/submission", ""));
    }
    WrittenExams.endNow(s, start);
    return new Sat(s, stage, examId);
  }

  private static String wrong(String right) {
    return right.equals("A") ? "B" : "A";
  }

  /** A role scoped to recruitments holding {@code console:view} and the given permissions. */
  public static String role(String code, String... permissions) {
    expect(
        201,
        Admin.post(
            "/zhaokao/api/v1/admin/roles",
            "",
            Json.object("code", code, "nameZh", code, "nameEn", code)));
    JsonArrayBuilder list = jakarta.json.Json.createArrayBuilder().add("console:view");
    for (String p : permissions) {
      list.add(p);
    }
    expect(
        204,
        Admin.put(
            "/zhaokao/api/v1/admin/roles/" + code + "/permissions", "", list.build().toString()));
    return code;
  }

  /** A new marker of the recruitment. */
  public static Browsing marker(String role, long recruitment) {
    return Staff.create(role, "RECRUITMENT", String.valueOf(recruitment));
  }

  /** Takes the next task: the task, or null when none is left (204). */
  public static JsonObject next(Browsing marker, long recruitment) {
    HttpResponse<String> r = marker.post(DESK + "/recruitments/" + recruitment + "/next", "");
    if (r.statusCode() == 204) {
      return null;
    }
    return Http.object(expectOk(r));
  }

  public static HttpResponse<String> score(Browsing marker, long task, String score) {
    return marker.put(DESK + "/tasks/" + task + "/score", "{\"score\":" + score + "}");
  }

  public static JsonObject dashboard(Browsing chief, long recruitment) {
    return Http.object(expectOk(chief.get(CHIEF + recruitment)));
  }

  /** The progress of the question whose stem is {@code stem}. */
  public static JsonObject question(JsonObject dashboard, String stem) {
    return dashboard.getJsonArray("questions").stream()
        .map(JsonValue::asJsonObject)
        .filter(q -> q.getString("stem").equals(stem))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no question " + stem + " in " + dashboard));
  }

  /** The sum of a progress field over every question. */
  public static int total(JsonObject dashboard, String field) {
    return dashboard.getJsonArray("questions").stream()
        .mapToInt(q -> q.asJsonObject().getInt(field))
        .sum();
  }
}
