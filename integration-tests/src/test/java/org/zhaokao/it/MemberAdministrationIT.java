package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Authenticator;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.CoreDeployments;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Json;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.People;
import org.zhaokao.it.support.People.Person;
import org.zhaokao.it.support.Staff;

/**
 * Staff accounts are created by one administrator and reviewed by another, enrol their
 * authenticator at the first login, receive roles, and lose every session when disabled; personal
 * data in full is for pii:view-full holders and every viewing is audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberAdministrationIT extends CoreDeployments {

  private static final String ACCOUNTS = "/zhaokao/api/v1/admin/accounts";

  private static Browsing admin2() {
    return Staff.secondAdministrator();
  }

  /** Creates a staff account through admin and has admin2 approve it; returns its id. */
  private static long approvedStaff(String username, String password) {
    HttpResponse<String> created =
        Admin.post(
            ACCOUNTS,
            "application/json",
            Json.object(
                "kind",
                "STAFF",
                "username",
                username,
                "displayName",
                "王审核",
                "initialPassword",
                password));
    assertEquals(201, created.statusCode(), created.body());
    long id = Http.object(created).getJsonNumber("id").longValue();
    assertEquals(
        204, admin2().post(ACCOUNTS + "/" + id + "/review", "{\"approve\":true}").statusCode());
    return id;
  }

  @Test
  void theCreatorCannotApproveTheirOwnAccountAndANewAccountCannotLogInBeforeReview() {
    String username = "staff-" + Notifications.unique();
    String password = "海阔凭鱼跃-天高任鸟飞";
    HttpResponse<String> created =
        Admin.post(
            ACCOUNTS,
            "application/json",
            Json.object(
                "kind",
                "STAFF",
                "username",
                username,
                "displayName",
                "赵审核",
                "initialPassword",
                password));
    long id = Http.object(created).getJsonNumber("id").longValue();
    assertEquals(403, new Browsing().login(username, password).statusCode(), "waiting for review");
    HttpResponse<String> self =
        Admin.post(ACCOUNTS + "/" + id + "/review", "application/json", "{\"approve\":true}");
    assertEquals(409, self.statusCode(), self.body());
    assertEquals(
        "https://zhaokao.org/problems/review-refused", Http.object(self).getString("type"));
    assertEquals(
        204, admin2().post(ACCOUNTS + "/" + id + "/review", "{\"approve\":true}").statusCode());
  }

  @Test
  void aNewStaffMemberEnrolsTheAuthenticatorAtTheFirstLogin() {
    String username = "staff-" + Notifications.unique();
    String password = "会当凌绝顶-一览众山小";
    approvedStaff(username, password);
    Browsing staff = new Browsing();
    HttpResponse<String> first = staff.login(username, password);
    assertEquals(202, first.statusCode(), first.body());
    JsonObject ask = Http.object(first);
    assertEquals("ENROL", ask.getString("secondFactor"));
    assertTrue(ask.getString("otpauthUri").startsWith("otpauth://totp/"));
    HttpResponse<String> enrolled =
        staff.secondFactor(Authenticator.nextCode(ask.getString("secret")));
    assertEquals(200, enrolled.statusCode(), enrolled.body());
    assertEquals(10, Http.object(enrolled).getJsonArray("recoveryCodes").size());
    String recovery = Http.object(enrolled).getJsonArray("recoveryCodes").getString(0);
    Browsing again = new Browsing();
    assertEquals("CODE", Http.object(again.login(username, password)).getString("secondFactor"));
    assertEquals(200, again.secondFactor(recovery).statusCode(), "a recovery code works once");
    Browsing third = new Browsing();
    third.login(username, password);
    assertEquals(401, third.secondFactor(recovery).statusCode(), "and never again");
  }

  @Test
  void disablingAnAccountEndsItsSessionsAtOnce() {
    String username = "staff-" + Notifications.unique();
    String password = "欲穷千里目-更上一层楼";
    long id = approvedStaff(username, password);
    Browsing staff = new Browsing();
    JsonObject ask = Http.object(staff.login(username, password));
    String key = ask.getString("secret");
    assertEquals(200, staff.secondFactor(Authenticator.nextCode(key)).statusCode());
    assertEquals(200, staff.get("/zhaokao/api/v1/me").statusCode());
    boolean listed =
        Http.array(Admin.get("/zhaokao/api/v1/admin/sessions")).stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(s -> s.getJsonNumber("accountId").longValue() == id);
    assertTrue(listed, "the session is listed for administrators");

    HttpResponse<String> disabled =
        Admin.post(ACCOUNTS + "/" + id + "/disable", "application/json", "{\"reason\":\"离职\"}");
    assertEquals(200, disabled.statusCode(), disabled.body());
    assertEquals(1, Http.object(disabled).getInt("sessionsEnded"));
    assertEquals(401, staff.get("/zhaokao/api/v1/me").statusCode(), "logged out at once");
    assertEquals(403, new Browsing().login(username, password).statusCode());
    assertEquals(
        204, Admin.post(ACCOUNTS + "/" + id + "/enable", "application/json", "").statusCode());
    assertEquals(
        200, Browsing.asStaff(username, password, key).get("/zhaokao/api/v1/me").statusCode());
  }

  @Test
  void rolesGrantPermissionsAndOnlyKnownPermissionsCanBeGranted() {
    String code = "checker-" + Notifications.unique().substring(0, 6);
    assertEquals(
        201,
        Admin.post(
                "/zhaokao/api/v1/admin/roles",
                "application/json",
                Json.object("code", code, "nameZh", "核查员", "nameEn", "Checker"))
            .statusCode());
    assertEquals(
        422,
        Admin.put(
                "/zhaokao/api/v1/admin/roles/" + code + "/permissions",
                "application/json",
                "[\"console:view\",\"made:up\"]")
            .statusCode());
    assertEquals(
        204,
        Admin.put(
                "/zhaokao/api/v1/admin/roles/" + code + "/permissions",
                "application/json",
                "[\"console:view\",\"audit:view\"]")
            .statusCode());
    String username = "staff-" + Notifications.unique();
    String password = "两岸猿声啼不住-轻舟已过万重山";
    long id = approvedStaff(username, password);
    assertEquals(
        204,
        Admin.post(ACCOUNTS + "/" + id + "/roles", "application/json", Json.object("role", code))
            .statusCode());
    Browsing staff = new Browsing();
    String key = Http.object(staff.login(username, password)).getString("secret");
    staff.secondFactor(Authenticator.nextCode(key));
    assertEquals(
        200,
        staff.get("/zhaokao/api/v1/admin/audit/events?size=1").statusCode(),
        "audit:view granted");
    assertEquals(403, staff.get(ACCOUNTS).statusCode(), "account:manage not granted");
  }

  @Test
  void personalDataInFullIsForPiiViewersAndEveryViewingIsAudited() {
    Person p = People.fresh();
    assertEquals(201, Http.postJson("/zhaokao/api/v1/candidates", p.registration()).statusCode());
    Browsing candidate = Browsing.as(p.mobile(), p.password());
    long id = candidate.me().getJsonObject("account").getJsonNumber("id").longValue();
    assertEquals(
        403,
        candidate.get("/zhaokao/api/v1/admin/candidates/" + id + "/personal-data").statusCode());

    HttpResponse<String> full =
        Admin.get(
            "/zhaokao/api/v1/admin/candidates/" + id + "/personal-data?purpose=identity-claim");
    assertEquals(200, full.statusCode(), full.body());
    assertEquals(p.idNumber(), Http.object(full).getString("idNumber"));
    assertEquals(p.mobile(), Http.object(full).getString("mobile"));
    assertTrue(full.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    JsonObject audited =
        Http.object(
            Admin.get(
                "/zhaokao/api/v1/admin/audit/events?action=pii.viewed&targetType=account&targetId="
                    + id));
    assertEquals(1, audited.getJsonArray("items").size(), audited.toString());
  }

  @Test
  void badInputIsRefusedAndNothingIsCreated() {
    HttpResponse<String> bad =
        Admin.post(
            ACCOUNTS,
            "application/json",
            Json.object(
                "kind", "ROBOT", "username", "A", "displayName", "", "initialPassword", "123"));
    assertEquals(422, bad.statusCode(), bad.body());
    assertEquals(4, Http.object(bad).getJsonArray("errors").size());
    assertEquals(400, Admin.post(ACCOUNTS, "application/json", "{\"kind\": [").statusCode());
    assertEquals(
        404,
        Admin.post(ACCOUNTS + "/999999999/review", "application/json", "{\"approve\":true}")
            .statusCode());
  }
}
