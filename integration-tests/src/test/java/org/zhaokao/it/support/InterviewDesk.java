package org.zhaokao.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.StagePipeline.compose;
import static org.zhaokao.it.support.StagePipeline.configure;
import static org.zhaokao.it.support.StagePipeline.move;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The interview stage's ITs share this: a recruitment whose chain is the interview, in progress,
 * with two examiners, a chief examiner and a score-room clerk scoped to it, and the steps of
 * setting up a scheme, a panel and a session, signing candidates in and drawing lots.
 */
public final class InterviewDesk {

  /** The stage WAR's API. */
  public static final String API = "/zhaokao-interview/api/v1";

  /** The day of the session {@link Desk#addSession} adds: a week from today. */
  public static LocalDate sessionDay() {
    return Dates.inDays(7);
  }

  /** The recruitment, its candidates, its stage instance and its people. */
  public record Desk(
      StagePipeline.Setup setup,
      long stage,
      Browsing e1,
      Browsing e2,
      Browsing chief,
      Browsing clerk,
      long e1Id,
      long e2Id,
      long chiefId,
      long clerkId) {

    public long recruitment() {
      return setup.recruitment();
    }

    public List<Long> apps() {
      return setup.apps();
    }

    /** Defines the four-dimension scheme with three examiners. */
    public JsonObject defineScheme() {
      return Http.object(
          ok(Admin.put(API + "/recruitments/" + recruitment() + "/scheme", "", scheme(30))));
    }

    /** Creates the panel 第一考官组 in room 301; answers its id. */
    public long createPanel() {
      JsonObject form =
          Json.createObjectBuilder()
              .add("name", "第一考官组")
              .add("room", "301")
              .add("examiners", Json.createArrayBuilder().add(e1Id).add(e2Id).add(chiefId))
              .add("chiefAccountId", chiefId)
              .add("clerkAccountId", clerkId)
              .build();
      return idOf(
          created(
              Admin.post(API + "/recruitments/" + recruitment() + "/panels", "", form.toString())));
    }

    /** Adds a morning session a week from today at 08:30 in 人才大厦; answers its id. */
    public long addSession(long panel) {
      return idOf(
          created(
              Admin.post(
                  API + "/panels/" + panel + "/sessions",
                  "",
                  "{\"date\":\""
                      + sessionDay()
                      + "\",\"part\":\"MORNING\",\"startsAt\":\"08:30\","
                      + "\"venue\":\"人才大厦3楼\"}")));
    }

    /** Assigns every candidate to the session. */
    public void assignAll(long session) {
      JsonObject assigned =
          Http.object(
              ok(
                  Admin.post(
                      API + "/sessions/" + session + "/entrants",
                      "",
                      "{\"applicationIds\":" + ids(apps()) + "}")));
      assertEquals(apps().size(), assigned.getInt("assigned"));
    }

    /** Scheme, panel, session, everyone assigned: answers {panel, session}. */
    public long[] ready() {
      defineScheme();
      long panel = createPanel();
      long session = addSession(panel);
      assignAll(session);
      return new long[] {panel, session};
    }
  }

  private InterviewDesk() {}

  /**
   * A recruitment with {@code candidates} entrants in its interview, in progress, and its staff.
   */
  public static Desk open(int candidates) {
    StagePipeline.Setup s = StagePipeline.approved(candidates);
    long rid = s.recruitment();
    JsonArray chain = Http.array(ok(compose(rid, "interview")));
    long stage = chain.getJsonObject(0).getJsonNumber("id").longValue();
    ok(configure(stage, "MINIMUM_SCORE", null, 60, 100, 100));
    ok(move(stage, "NOTIFIED"));
    ok(move(stage, "IN_PROGRESS"));
    String suffix = Notifications.unique().substring(0, 6);
    String examinerRole = role("iv-ex-" + suffix, "stage:interview:examine");
    String chiefRole = role("iv-ch-" + suffix, "stage:interview:examine", "stage:interview:chief");
    String clerkRole = role("iv-cl-" + suffix, "stage:interview:score-room");
    String scope = String.valueOf(rid);
    Browsing e1 = Staff.create(examinerRole, "RECRUITMENT", scope);
    Browsing e2 = Staff.create(examinerRole, "RECRUITMENT", scope);
    Browsing chief = Staff.create(chiefRole, "RECRUITMENT", scope);
    Browsing clerk = Staff.create(clerkRole, "RECRUITMENT", scope);
    return new Desk(s, stage, e1, e2, chief, clerk, id(e1), id(e2), id(chief), id(clerk));
  }

  /** Signs the application in at the session after the identity check. */
  public static HttpResponse<String> signIn(long session, long application) {
    return Admin.post(
        API + "/sessions/" + session + "/sign-ins",
        "",
        "{\"applicationId\":" + application + ",\"identityChecked\":true}");
  }

  /** Draws lots with the seed; answers the slot of each drawn application. */
  public static Map<Long, Long> draw(long session, long seed) {
    JsonObject drawn =
        Http.object(
            ok(Admin.post(API + "/sessions/" + session + "/draw", "", "{\"seed\":" + seed + "}")));
    return slots(drawn.getJsonArray("order"));
  }

  /** Application id → slot id of a draw's order. */
  public static Map<Long, Long> slots(JsonArray order) {
    Map<Long, Long> slotOf = new HashMap<>();
    order.forEach(
        v ->
            slotOf.put(
                v.asJsonObject().getJsonNumber("applicationId").longValue(),
                v.asJsonObject().getJsonNumber("slotId").longValue()));
    return slotOf;
  }

  /** A role with these permissions (and console:view); answers its code. */
  public static String role(String code, String... permissions) {
    expect(
        201,
        Admin.post(
            "/zhaokao/api/v1/admin/roles",
            "",
            org.zhaokao.it.support.Json.object("code", code, "nameZh", code, "nameEn", code)));
    JsonArrayBuilder list = Json.createArrayBuilder().add("console:view");
    for (String p : permissions) {
      list.add(p);
    }
    expect(
        204,
        Admin.put(
            "/zhaokao/api/v1/admin/roles/" + code + "/permissions", "", list.build().toString()));
    return code;
  }

  /** The scheme with the analysis dimension weighted {@code analysisWeight} (others 20, 20, 30). */
  public static String scheme(int analysisWeight) {
    return Json.createObjectBuilder()
        .add("examinersPerPanel", 3)
        .add("roundingScale", 2)
        .add("roundingMode", "HALF_UP")
        .add("passingScore", 60)
        .add(
            "dimensions",
            Json.createArrayBuilder()
                .add(dimension("analysis", "综合分析", analysisWeight, 30))
                .add(dimension("planning", "计划组织", 20, 20))
                .add(dimension("communication", "人际沟通", 20, 20))
                .add(dimension("adaptability", "应变能力", 30, 30)))
        .build()
        .toString();
  }

  private static JsonObject dimension(String code, String name, int weight, int max) {
    return Json.createObjectBuilder()
        .add("code", code)
        .add("name", name)
        .add("weight", weight)
        .add("minScore", 0)
        .add("maxScore", max)
        .build();
  }

  public static long id(Browsing who) {
    return who.me().getJsonObject("account").getJsonNumber("id").longValue();
  }

  public static String ids(List<Long> ids) {
    return ids.toString().replace(" ", "");
  }

  public static boolean missing(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  public static long idOf(HttpResponse<String> r) {
    return Http.object(r).getJsonNumber("id").longValue();
  }

  public static HttpResponse<String> ok(HttpResponse<String> r) {
    expect(200, r);
    return r;
  }

  public static HttpResponse<String> created(HttpResponse<String> r) {
    expect(201, r);
    return r;
  }
}
