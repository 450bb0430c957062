package org.zhaokao.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The audit endpoints as the tests use them: the admin REST API and the test-only probe WAR. */
public final class AuditApi {

  public static final String EVENTS = "/zhaokao/api/v1/admin/audit/events";
  public static final String VERIFICATION = "/zhaokao/api/v1/admin/audit/verification";
  private static final String PROBE = "/zhaokao-audit-probe/probe";

  private AuditApi() {}

  /** Records one entry per result through the plugin-facing AuditLog, target probe/{tag}. */
  public static void record(String tag, String action, String... results) {
    HttpResponse<String> r =
        Http.post(
            PROBE
                + "/events?tag="
                + tag
                + "&action="
                + action
                + "&results="
                + String.join(",", results),
            "application/json",
            "");
    assertEquals(200, r.statusCode(), r.body());
  }

  /**
   * Links every row recorded so far: a verification from beyond the head links first and then has
   * nothing to walk.
   */
  public static void linkPending() {
    verify((long) Integer.MAX_VALUE);
  }

  /** The rows of target probe/{tag}, newest first, after linking everything recorded so far. */
  public static List<JsonObject> rowsOf(String tag) {
    linkPending();
    HttpResponse<String> r = Admin.get(EVENTS + "?targetType=probe&targetId=" + tag + "&size=500");
    assertEquals(200, r.statusCode(), r.body());
    return Http.object(r).getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
  }

  /** The page of events of one action on one target, as auditors filter it. */
  public static JsonObject events(String action, String targetType, long targetId) {
    HttpResponse<String> r =
        Admin.get(
            EVENTS + "?action=" + action + "&targetType=" + targetType + "&targetId=" + targetId);
    assertEquals(200, r.statusCode(), r.body());
    return Http.object(r);
  }

  /** The verifier's report, walking from {@code fromPosition} (the whole chain when null). */
  public static JsonObject verify(Long fromPosition) {
    HttpResponse<String> r =
        Admin.get(VERIFICATION + (fromPosition == null ? "" : "?fromPosition=" + fromPosition));
    assertEquals(200, r.statusCode(), r.body());
    return Http.object(r);
  }

  /**
   * Tampers with a stored row: {@code details}, {@code hash}, {@code delete} or {@code restore}.
   */
  public static void tamper(long id, String how) {
    HttpResponse<String> r = Http.post(PROBE + "/tamper/" + id + "/" + how, "application/json", "");
    assertEquals(200, r.statusCode(), r.body());
  }

  public static JsonObject benchmark(int events, int threads, String tag) {
    HttpResponse<String> r =
        Http.post(
            PROBE + "/benchmark?events=" + events + "&threads=" + threads + "&tag=" + tag,
            "application/json",
            "");
    assertEquals(200, r.statusCode(), r.body());
    return Http.object(r);
  }

  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
