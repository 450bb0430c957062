package org.zhaokao.it.support;

import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.StagePipeline.configure;
import static org.zhaokao.it.support.StagePipeline.move;
import static org.zhaokao.it.support.WrittenExams.created;
import static org.zhaokao.it.support.WrittenExams.examPath;
import static org.zhaokao.it.support.WrittenExams.expectOk;
import static org.zhaokao.it.support.WrittenExams.firstStage;
import static org.zhaokao.it.support.WrittenExams.item;
import static org.zhaokao.it.support.WrittenExams.section;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zhaokao.it.support.StagePipeline.Setup;

/**
 * An offline written exam for a test: numbered candidates in the stage, an objective paper of three
 * true/false items (all keyed T, 5 points) then one single choice (10 points), venues and rooms.
 */
public final class OfflineExams {

  private OfflineExams() {}

  /** The recruitment, its stage instance, the exam and its window. */
  public record Exam(Setup setup, long stage, long examId, Instant start, Instant end) {
    public String path() {
      return examPath(setup);
    }
  }

  /**
   * Candidates approved and numbered, the stage notified, papers generated; opens at {@code start}.
   */
  public static Exam planned(int candidates, Instant start, Instant end) {
    return planned(candidates, start, end, false);
  }

  /**
   * As {@link #planned(int, Instant, Instant)}; with {@code identityCheck} the exam asks a
   * proctor's admission on a live photo and the candidates applied with photos.
   */
  public static Exam planned(int candidates, Instant start, Instant end, boolean identityCheck) {
    Setup s = StagePipeline.approved(candidates, identityCheck);
    Recruiting.confirmAll(s.recruitment(), Recruiting.employerUser(s.employer()));
    long stage = firstStage(s.recruitment());
    expectOk(configure(stage, "MINIMUM_SCORE", null, 0, 100, 100));
    expectOk(move(stage, "NOTIFIED"));
    String subject = "线下-" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 3; i++) {
      created(item("TRUE_FALSE", "判断" + i, List.of(), "T", subject));
    }
    created(item("SINGLE_CHOICE", "单选", WrittenExams.choices(), "B", subject));
    String plan =
        WrittenExams.plan(
            start,
            end,
            "PER_CANDIDATE",
            section("一、判断题", "TRUE_FALSE", 3, 5, subject),
            section("二、单项选择题", "SINGLE_CHOICE", 1, 10, subject));
    if (identityCheck) {
      plan =
          jakarta.json.Json.createObjectBuilder(
                  jakarta.json.Json.createReader(new java.io.StringReader(plan)).readObject())
              .add("identityCheck", true)
              .build()
              .toString();
    }
    JsonObject exam = Http.object(expectOk(Admin.put(examPath(s), "application/json", plan)));
    expectOk(Admin.post(examPath(s) + "/papers", "", ""));
    return new Exam(s, stage, exam.getJsonNumber("id").longValue(), start, end);
  }

  public static long venue(Exam e, String name) {
    HttpResponse<String> r =
        Admin.post(
            e.path() + "/venues",
            "application/json",
            Json.object("name", name, "address", "北京市海淀区学院路" + name));
    expect(201, r);
    return Http.object(r).getJsonNumber("id").longValue();
  }

  public static HttpResponse<String> room(
      Exam e, long venue, String name, int rows, int columns, int capacity) {
    return Admin.post(
        e.path() + "/venues/" + venue + "/rooms",
        "application/json",
        jakarta.json.Json.createObjectBuilder()
            .add("name", name)
            .add("rows", rows)
            .add("columns", columns)
            .add("capacity", capacity)
            .build()
            .toString());
  }

  public static long roomId(HttpResponse<String> created) {
    expect(201, created);
    return Http.object(created).getJsonNumber("id").longValue();
  }

  public static JsonObject seats(Exam e, long room) {
    return Http.object(expectOk(Admin.get(e.path() + "/rooms/" + room + "/seats")));
  }

  /** Ticket number by application, over the rooms given. */
  public static Map<Long, String> tickets(Exam e, long... rooms) {
    Map<Long, String> out = new HashMap<>();
    for (long room : rooms) {
      for (JsonValue v : seats(e, room).getJsonArray("seats")) {
        JsonObject s = v.asJsonObject();
        out.put(s.getJsonNumber("applicationId").longValue(), s.getString("ticketNumber"));
      }
    }
    return out;
  }

  public static HttpResponse<String> mark(Exam e, long room, long app, String presence) {
    return Admin.put(
        e.path() + "/rooms/" + room + "/seats/" + app,
        "application/json",
        "{\"presence\":\"" + presence + "\",\"facts\":\"夹带纸条\"}");
  }

  public static HttpResponse<String> omr(Exam e, String csv) {
    return Admin.browsing()
        .postBytes(
            e.path() + "/omr", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
