package org.zhaokao.it.support;

import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;

/**
 * Two discipline officers for the discipline tests (a blacklisting needs a second person): the
 * built-in role discipline-officer gets the plugin's permissions through the role editor, then two
 * accounts are made with it.
 */
public final class DisciplineOffice {

  /** The discipline plugin's API. */
  public static final String API = "/zhaokao-discipline/api/v1";

  private static final RoleHolders OFFICERS =
      new RoleHolders(
          "discipline-officer",
          "违纪处置员",
          "Discipline officer",
          "console:view",
          "stage:discipline:report",
          "stage:discipline:decide",
          "stage:discipline:approve");

  /**
   * Officers who both decide discipline cases and manage the pipeline, so that a two-person rule,
   * not a missing permission, is what refuses the one who decided.
   */
  private static final RoleHolders SCORE_OFFICERS =
      new RoleHolders(
          "discipline-score-officer",
          "违纪处置及成绩管理员",
          "Discipline and results officer",
          "console:view",
          "stage:discipline:report",
          "stage:discipline:decide",
          "pipeline:view",
          "pipeline:manage");

  private DisciplineOffice() {}

  /** Officers with the discipline and the pipeline permissions (first and second person). */
  public static RoleHolders scoreOfficers() {
    return SCORE_OFFICERS;
  }

  public static Browsing first() {
    return OFFICERS.first();
  }

  public static Browsing second() {
    return OFFICERS.second();
  }

  /** An incident reported by hand in the stage. */
  public static HttpResponse<String> report(
      Browsing officer,
      long recruitment,
      long application,
      String stage,
      String type,
      String... evidence) {
    JsonArrayBuilder refs = Json.createArrayBuilder();
    for (String e : evidence) {
      refs.add(e);
    }
    return officer.post(
        API + "/incidents",
        Json.createObjectBuilder()
            .add("recruitmentId", recruitment)
            .add("applicationId", application)
            .add("stageId", stage)
            .add("violationType", type)
            .add("facts", "09:42 监考员发现该考生异常，当场制止并记录。")
            .add("evidenceRefs", refs)
            .build()
            .toString());
  }

  public static HttpResponse<String> investigate(Browsing officer, long incident) {
    return officer.post(
        API + "/incidents/" + incident + "/investigation", "{\"findings\":\"调取监控录像并询问当事人，事实清楚。\"}");
  }

  public static HttpResponse<String> decide(
      Browsing officer, long incident, int blacklistYears, String... sanctions) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (String s : sanctions) {
      list.add(s);
    }
    var body = Json.createObjectBuilder().add("sanctions", list).add("reason", "经调查核实，事实清楚、证据确凿");
    if (blacklistYears > 0) {
      body.add("blacklistYears", blacklistYears);
    }
    return officer.post(API + "/incidents/" + incident + "/decision", body.build().toString());
  }

  public static JsonObject incident(Browsing officer, long incident) {
    HttpResponse<String> r = officer.get(API + "/incidents/" + incident);
    expect(200, r);
    return Http.object(r);
  }

  /** The officer reinstates the score the incident's decision voided in error. */
  public static HttpResponse<String> reinstate(Browsing officer, long incident, String note) {
    return officer.post(
        API + "/incidents/" + incident + "/score-reinstatement",
        Json.createObjectBuilder().add("note", note).build().toString());
  }

  /** The decision on the incident as the candidate sees it on "my decisions" (the API). */
  public static JsonObject myDecision(Browsing candidate, long incident) {
    HttpResponse<String> r = candidate.get(API + "/me/incidents");
    expect(200, r);
    return Http.withId(Http.array(r), incident);
  }

  /** The candidate's "my decisions" screen (我的违纪处理决定), in the default language. */
  public static String myDecisionsScreen(Browsing candidate) {
    HttpResponse<String> r = candidate.get("/zhaokao-discipline/my-incidents.xhtml");
    expect(200, r);
    return r.body();
  }

  /** Whether the blacklist holds an entry of the incident. */
  public static boolean onBlacklist(long incident) {
    HttpResponse<String> r = first().get(API + "/blacklist");
    expect(200, r);
    return Http.array(r).stream()
        .map(JsonValue::asJsonObject)
        .anyMatch(b -> b.getJsonNumber("incidentId").longValue() == incident);
  }
}
