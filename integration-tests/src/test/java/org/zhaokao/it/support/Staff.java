package org.zhaokao.it.support;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * Staff and employer users made for a test: the administrator creates the account, then it logs in
 * and enrols its authenticator app like a new colleague would, with codes computed from the secret
 * the server shows.
 */
public final class Staff {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** The initial password of every account made here. */
  public static final String PASSWORD = "Kaoshi-Gongzuo-2026!";

  private static final String ACCOUNTS = "/zhaokao/api/v1/admin/accounts";

  private Staff() {}

  /** A fresh unique username with this prefix. */
  public static String username(String prefix) {
    return prefix + "-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
  }

  /**
   * Creates a staff account holding {@code role} in {@code scopeType}/{@code scopeId} — the
   * administrator creates it, the second administrator approves it, the administrator grants the
   * role — and logs it in.
   */
  public static Browsing create(String role, String scopeType, String scopeId) {
    String username = username(role);
    long id =
        created(
            Admin.post(
                ACCOUNTS,
                "",
                Json.object(
                    "kind",
                    "STAFF",
                    "username",
                    username,
                    "displayName",
                    "测试" + role,
                    "initialPassword",
                    PASSWORD)));
    approve(id);
    HttpResponse<String> granted =
        Admin.post(
            ACCOUNTS + "/" + id + "/roles",
            "",
            Json.object("role", role, "scopeType", scopeType, "scopeId", scopeId));
    if (granted.statusCode() != 204) {
      throw new AssertionError("grant: " + granted.statusCode() + " " + granted.body());
    }
    return logIn(username);
  }

  /** The id in a 201 answer to an account creation. */
  public static long created(HttpResponse<String> created) {
    if (created.statusCode() != 201) {
      throw new AssertionError("create account: " + created.statusCode() + " " + created.body());
    }
    return Http.object(created).getJsonNumber("id").longValue();
  }

  /** The second administrator (not the creator) approves a new member account. */
  public static void approve(long accountId) {
    HttpResponse<String> reviewed =
        secondAdministrator().post(ACCOUNTS + "/" + accountId + "/review", "{\"approve\":true}");
    if (reviewed.statusCode() != 204) {
      throw new AssertionError("review: " + reviewed.statusCode() + " " + reviewed.body());
    }
  }

  /** A session of the demo's second administrator, who reviews what the first one creates. */
  public static Browsing secondAdministrator() {
    return Browsing.asStaff(People.ADMIN2, People.ADMIN_PASSWORD, People.ADMIN2_KEY);
  }

  /** Logs a member account in for the first time: password, then enrolment of the app. */
  public static Browsing logIn(String username) {
    Browsing b = new Browsing();
    HttpResponse<String> first = b.login(username, PASSWORD);
    if (first.statusCode() != 202) {
      throw new AssertionError("password step: " + first.statusCode() + " " + first.body());
    }
    String secret = Http.object(first).getString("secret");
    String code =
        Authenticator.code(Authenticator.decodeBase32(secret), Instant.now().getEpochSecond() / 30);
    HttpResponse<String> second = b.secondFactor(code);
    if (second.statusCode() != 200) {
      throw new AssertionError("enrolment: " + second.statusCode() + " " + second.body());
    }
    return b;
  }
}
