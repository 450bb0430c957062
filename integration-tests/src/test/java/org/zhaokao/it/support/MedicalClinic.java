package org.zhaokao.it.support;

import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The medical-check stage driven through its API for a test: a hospital, the plan, the medical
 * officer (the built-in role medical-officer given the plugin's review permission), report files
 * and the candidate's and officer's calls.
 */
public final class MedicalClinic {

  /** The plugin's API. */
  public static final String API = "/zhaokao-medical-check/api";

  /** Every checklist item ticked. */
  public static final String ALL_TICKED =
      "{\"hospital-seal\":true,\"doctor-signature\":true,\"photo-matches\":true,"
          + "\"all-items-complete\":true}";

  private static final RoleHolders OFFICERS =
      new RoleHolders(
          "medical-officer",
          "体检审核员",
          "Medical officer",
          "console:view",
          "stage:medical-check:review");

  private MedicalClinic() {}

  /** A new hospital whose confirmation codes read TJ and eight digits; answers its id. */
  public static long hospital(String name) {
    HttpResponse<String> r =
        Admin.post(
            API + "/hospitals",
            "",
            Json.object(
                "name",
                name,
                "address",
                "北京市西城区体检路1号",
                "phone",
                "010-66001234",
                "codeFormat",
                "TJ\\d{8}"));
    expect(201, r);
    return Http.object(r).getJsonNumber("id").longValue();
  }

  /** Plans the check of recruitment {@code r} at the hospital, twelve days from today. */
  public static HttpResponse<String> plan(long r, long hospital) {
    return Admin.put(
        API + "/recruitments/" + r + "/plan",
        "",
        "{\"hospitalId\":"
            + hospital
            + ",\"date\":\""
            + Dates.inDays(12)
            + "\",\"time\":\"07:30-10:00\",\"place\":\"门诊楼三层体检中心\","
            + "\"notes\":\"请空腹并携带身份证。\"}");
  }

  /** The medical officer, logged in again when a redeployment ended the session. */
  public static Browsing officer() {
    return OFFICERS.first();
  }

  public static HttpResponse<String> consent(Browsing candidate, long r) {
    return candidate.post(API + "/me/checks/" + r + "/consent", "{\"agreed\":true}");
  }

  public static HttpResponse<String> upload(Browsing candidate, long r, String name, byte[] file) {
    return candidate.postBytes(
        API
            + "/me/checks/"
            + r
            + "/reports?name="
            + URLEncoder.encode(name, StandardCharsets.UTF_8),
        "application/octet-stream",
        file);
  }

  public static HttpResponse<String> review(
      Browsing officer,
      long r,
      long report,
      String checklist,
      String code,
      String verdict,
      String reason) {
    return officer.post(
        API + "/recruitments/" + r + "/reports/" + report + "/review",
        "{\"checklist\":"
            + checklist
            + ",\"confirmationCode\":\""
            + code
            + "\",\"verdict\":\""
            + verdict
            + "\",\"reason\":\""
            + reason
            + "\"}");
  }

  /** The candidate's own check in recruitment {@code r}. */
  public static JsonObject mine(Browsing candidate, long r) {
    HttpResponse<String> got = candidate.get(API + "/me/checks");
    expect(200, got);
    JsonArray all = Http.array(got);
    return all.stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getJsonNumber("recruitmentId").longValue() == r)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check of recruitment " + r + " in " + all));
  }

  public static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj <<>> endobj\n体检报告\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] png() {
    byte[] b = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 64);
    b[20] = 42;
    return b;
  }

  public static byte[] jpeg() {
    byte[] b = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 64);
    b[30] = 7;
    return b;
  }
}
