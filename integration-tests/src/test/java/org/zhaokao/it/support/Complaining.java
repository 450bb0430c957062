package org.zhaokao.it.support;

import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.function.BiFunction;

/** Complaints filed and looked up for a test. */
public final class Complaining {

  public static final String PUBLIC = "/zhaokao/api/v1/complaints";
  public static final String ADMIN = "/zhaokao/api/v1/admin/complaints";

  private Complaining() {}

  /** A fresh e-mail address. */
  public static String email() {
    return "k" + UUID.randomUUID().toString().substring(0, 10) + "@example.cn";
  }

  public static String form(String name, String contact, String subject, String body) {
    return Json.object("name", name, "contact", contact, "subject", subject, "body", body);
  }

  /**
   * Files a complaint through {@code poster} (anonymous {@code Http::postJson} or a session's
   * {@code post}); the 201 answer.
   */
  public static JsonObject file(
      BiFunction<String, String, HttpResponse<String>> poster,
      String name,
      String contact,
      String subject) {
    HttpResponse<String> r =
        poster.apply(PUBLIC, form(name, contact, subject, subject + "，请尽快处理。"));
    expect(201, r);
    return Http.object(r);
  }

  public static HttpResponse<String> lookUp(String ticket, String contact) {
    return Http.postJson(PUBLIC + "/status", Json.object("ticket", ticket, "contact", contact));
  }

  public static JsonObject status(String ticket, String contact) {
    HttpResponse<String> r = lookUp(ticket, contact);
    expect(200, r);
    return Http.object(r);
  }

  /** The console id of the complaint with this ticket. */
  public static long idOf(String ticket) {
    return Http.array(Admin.get(ADMIN)).stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("ticket").equals(ticket))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no complaint " + ticket))
        .getJsonNumber("id")
        .longValue();
  }
}
