package org.zhaokao.it.support;

import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/**
 * Two discipline officers for the discipline tests (a blacklisting needs a second person): the
 * built-in role discipline-officer gets the plugin's permissions through the role editor, then two
 * accounts are made with it.
 */
public final class DisciplineOffice {

  /** The discipline plugin's API. */
  public static final String API = "/zhaokao-discipline/api/v1";

  private static Browsing first;
  private static Browsing second;

  private DisciplineOffice() {}

  public static synchronized Browsing first() {
    setUp();
    return first;
  }

  public static synchronized Browsing second() {
    setUp();
    return second;
  }

  /**
   * Logs the two officers in once per server: a class deployed on a fresh server (its sessions
   * gone, a 401) gets new ones.
   */
  private static void setUp() {
    if (first != null && first.get(API + "/incidents/0").statusCode() != 401) {
      return;
    }
    expect(
        204,
        Admin.put(
            "/zhaokao/api/v1/admin/roles/discipline-officer/permissions",
            "",
            "[\"console:view\",\"stage:discipline:report\",\"stage:discipline:decide\","
                + "\"stage:discipline:approve\"]"));
    first = Staff.create("discipline-officer", "GLOBAL", "");
    second = Staff.create("discipline-officer", "GLOBAL", "");
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
}
