package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Authenticator;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.CoreDeployments;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Json;
import org.zhaokao.it.support.People;
import org.zhaokao.it.support.People.Person;

/**
 * Candidates register and log in; sessions, locks, CSRF and personal data behave as DESIGN.md says.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityIT extends CoreDeployments {

  private static final String REGISTER = "/zhaokao/api/v1/candidates";
  private static final String LOGIN = "/zhaokao/api/v1/auth/login";

  private static Person registered() {
    Person p = People.fresh();
    HttpResponse<String> r = Http.postJson(REGISTER, p.registration());
    assertEquals(201, r.statusCode(), r.body());
    return p;
  }

  @Test
  void aCandidateRegistersAndLogsInWithIdNumberMobileOrEmail() {
    Person p = registered();
    for (String id : List.of(p.idNumber(), p.mobile(), p.email().toUpperCase())) {
      Browsing b = new Browsing();
      assertEquals(200, b.login(id, p.password()).statusCode(), id);
      JsonObject account = b.me().getJsonObject("account");
      assertEquals("CANDIDATE", account.getString("kind"));
      assertEquals("李*", account.getString("displayName"));
      String masked = account.getString("maskedIdNumber");
      assertEquals(p.idNumber().substring(0, 6) + "********" + p.idNumber().substring(14), masked);
      assertEquals(
          p.mobile().substring(0, 3) + "****" + p.mobile().substring(7),
          account.getString("maskedMobile"));
      assertFalse(
          b.me().toString().contains(p.idNumber()), "the full ID number never leaves the server");
    }
  }

  @Test
  void aCandidateDownloadsACopyOfTheirOwnDataAndTheDownloadIsAudited() throws IOException {
    Person p = registered();
    assertEquals(401, Http.get("/zhaokao/api/v1/me/data").statusCode(), "only one's own data");

    HttpResponse<String> r = Browsing.as(p.mobile(), p.password()).get("/zhaokao/api/v1/me/data");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(
        r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"),
        "offered as a file");
    assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    JsonObject data = Http.object(r);
    JsonObject candidate = data.getJsonObject("account").getJsonObject("candidate");
    assertEquals(p.name(), candidate.getString("realName"));
    assertEquals(p.idNumber(), candidate.getString("idNumber"), "one's own data in clear");
    assertEquals(p.mobile(), candidate.getString("mobile"));
    assertEquals(p.email(), candidate.getString("email"));
    assertTrue(data.getJsonArray("applications").isEmpty());
    assertTrue(data.containsKey("inbox"));

    long id = data.getJsonObject("account").getJsonNumber("accountId").longValue();
    JsonObject audited =
        Http.object(
            org.zhaokao.it.support.Admin.get(
                "/zhaokao/api/v1/admin/audit/events?action=pii.exported&targetType=account&targetId="
                    + id));
    assertEquals(1, audited.getJsonArray("items").size(), audited.toString());

    HttpResponse<byte[]> pdf =
        Browsing.as(p.mobile(), p.password()).getBytes("/zhaokao/api/v1/me/data/pdf");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertTrue(text.contains("个人信息副本"), text);
      assertTrue(text.contains(p.idNumber()) && text.contains(p.mobile()), text);
    }
  }

  @Test
  void oneAccountPerIdNumberMobileAndEmail() {
    Person p = registered();
    Person other = People.fresh();
    Person sameId =
        new Person(other.name(), p.idNumber(), other.mobile(), other.email(), other.password());
    assertConflict(Http.postJson(REGISTER, sameId.registration()), "id-number-registered");
    Person sameMobile =
        new Person(other.name(), other.idNumber(), p.mobile(), other.email(), other.password());
    assertConflict(Http.postJson(REGISTER, sameMobile.registration()), "mobile-registered");
    // Nothing was half-saved by the refusals: the other person can still register as themself.
    assertEquals(201, Http.postJson(REGISTER, other.registration()).statusCode());
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
    Person p = People.fresh();
    String bad =
        Json.object(
            "realName", "<b>x</b>",
            "idNumber",
                p.idNumber().substring(0, 17) + (p.idNumber().charAt(17) == '1' ? "2" : "1"),
            "mobile", "12345",
            "email", "not-an-email",
            "password", "woaini1314");
    HttpResponse<String> r = Http.postJson(REGISTER, bad);
    assertEquals(422, r.statusCode(), r.body());
    List<String> fields =
        Http.object(r).getJsonArray("errors").stream()
            .map(JsonValue::asJsonObject)
            .map(e -> e.getString("field") + ":" + e.getString("code"))
            .sorted()
            .toList();
    assertEquals(
        List.of(
            "email:email",
            "idNumber:idNumber.CHECK_DIGIT",
            "mobile:mobile",
            "password:password.COMMON",
            "realName:realName"),
        fields);
    assertEquals(400, Http.postJson(REGISTER, "{\"realName\": [").statusCode());
    assertEquals(
        201,
        Http.postJson(REGISTER, p.registration()).statusCode(),
        "nothing of the refused one remained");
  }

  @Test
  void theSessionIdChangesAtLoginAndCookiesAreHardened() {
    Person p = registered();
    Browsing b = new Browsing();
    b.get("/zhaokao/login.xhtml");
    String before = b.sessionId().orElseThrow();
    HttpResponse<String> login = b.login(p.mobile(), p.password());
    String after = b.sessionId().orElseThrow();
    assertNotEquals(before, after, "session fixation: the id must change at login");
    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("ZKSESSION=") && !c.startsWith("ZKSESSION=deleteMe"))
            .findFirst()
            .orElseThrow();
    String flags = cookie.toLowerCase();
    assertTrue(
        flags.contains("httponly") && flags.contains("samesite=lax") && flags.contains("path=/;"),
        cookie);
    assertTrue(
        login.headers().allValues("Set-Cookie").stream()
            .noneMatch(c -> c.toLowerCase().contains("rememberme")),
        "no rememberMe cookie, ever");
    assertFalse(login.headers().firstValue("Location").orElse("").contains(";jsessionid"));
  }

  @Test
  void wrongPasswordsLockTheAccountForAWhile() {
    Person p = registered();
    Browsing b = new Browsing();
    for (int i = 1; i <= 4; i++) {
      assertEquals(401, b.login(p.mobile(), "wrong-password-" + i).statusCode());
    }
    HttpResponse<String> fifth = b.login(p.mobile(), "wrong-password-5");
    assertEquals(423, fifth.statusCode(), fifth.body());
    assertEquals(
        "https://zhaokao.org/problems/account-locked", Http.object(fifth).getString("type"));
    assertEquals(
        423, b.login(p.mobile(), p.password()).statusCode(), "even the right password waits");
    assertEquals(401, new Browsing().login("13000000000", "whatever-it-is").statusCode());
  }

  @Test
  void stateChangesNeedTheCsrfTokenOfTheSession() {
    Person p = registered();
    Browsing b = Browsing.as(p.mobile(), p.password());
    String change = Json.object("currentPassword", p.password(), "newPassword", "床前明月光-疑是地上霜");
    assertEquals(403, b.postWith("/zhaokao/api/v1/me/password", change, null).statusCode());
    assertEquals(403, b.postWith("/zhaokao/api/v1/me/password", change, "forged").statusCode());
    assertEquals(204, b.post("/zhaokao/api/v1/me/password", change).statusCode());
    assertEquals(200, new Browsing().login(p.mobile(), "床前明月光-疑是地上霜").statusCode());
    assertEquals(401, new Browsing().login(p.mobile(), p.password()).statusCode());
  }

  @Test
  void aWeakNewPasswordOrAWrongCurrentOneIsRefused() {
    Person p = registered();
    Browsing b = Browsing.as(p.email(), p.password());
    HttpResponse<String> weak =
        b.post(
            "/zhaokao/api/v1/me/password",
            Json.object("currentPassword", p.password(), "newPassword", "12345678"));
    assertEquals(422, weak.statusCode());
    HttpResponse<String> wrong =
        b.post(
            "/zhaokao/api/v1/me/password",
            Json.object("currentPassword", "nope-nope", "newPassword", "一二三四五六七八"));
    assertEquals(422, wrong.statusCode());
    assertEquals(
        "currentPassword",
        Http.object(wrong).getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void logoutEndsTheSession() {
    Person p = registered();
    Browsing b = Browsing.as(p.mobile(), p.password());
    assertEquals(200, b.get("/zhaokao/api/v1/me").statusCode());
    assertEquals(204, b.post("/zhaokao/api/v1/auth/logout", "").statusCode());
    assertEquals(401, b.get("/zhaokao/api/v1/me").statusCode());
  }

  @Test
  void pagesAndTheAdminApiAreClosedToThoseWithoutThePermission() {
    HttpResponse<String> anonymous = Http.get("/zhaokao/console/index.xhtml");
    assertEquals(302, anonymous.statusCode());
    assertTrue(
        anonymous
            .headers()
            .firstValue("Location")
            .orElse("")
            .contains("/zhaokao/login.xhtml?next="));
    assertEquals(401, Http.postJson("/zhaokao/api/v1/admin/stages/leak-check", "").statusCode());

    Person p = registered();
    Browsing candidate = Browsing.as(p.mobile(), p.password());
    assertEquals(403, candidate.get("/zhaokao/console/index.xhtml").statusCode());
    assertEquals(403, candidate.post("/zhaokao/api/v1/admin/stages/leak-check", "").statusCode());

    Browsing admin = Browsing.asAdmin();
    assertEquals(200, admin.get("/zhaokao/console/index.xhtml").statusCode());
    assertEquals(200, admin.post("/zhaokao/api/v1/admin/stages/leak-check", "").statusCode());
  }

  @Test
  void staffNeedTheAuthenticatorCodeAfterThePassword() {
    Browsing b = new Browsing();
    HttpResponse<String> password = b.login(People.ADMIN, People.ADMIN_PASSWORD);
    assertEquals(202, password.statusCode(), password.body());
    assertEquals("CODE", Http.object(password).getString("secondFactor"));
    assertEquals(
        401, b.get("/zhaokao/api/v1/me").statusCode(), "not logged in after the password alone");
    assertEquals(302, b.get("/zhaokao/console/index.xhtml").statusCode());
    HttpResponse<String> wrong =
        b.secondFactor("000000".equals(Authenticator.peek()) ? "111111" : "000000");
    assertEquals(401, wrong.statusCode(), wrong.body());
    assertEquals("https://zhaokao.org/problems/bad-code", Http.object(wrong).getString("type"));
    HttpResponse<String> right = b.secondFactor(Authenticator.nextAdminCode());
    assertEquals(200, right.statusCode(), right.body());
    assertEquals("STAFF", b.me().getJsonObject("account").getString("kind"));
    assertEquals(
        401,
        new Browsing().secondFactor("123456").statusCode(),
        "no password step, no second step");
  }

  @Test
  void noPersonalDataReachesTheServerLog() throws IOException {
    Person p = registered();
    Browsing.as(p.idNumber(), p.password());
    new Browsing().login(p.mobile(), "wrong-password");
    String log =
        Files.readString(
            Path.of(System.getProperty("zhaokao.it.serverLog")), StandardCharsets.UTF_8);
    assertFalse(log.contains(p.idNumber()), "ID number in the server log");
    assertFalse(log.contains(p.mobile()), "mobile number in the server log");
    assertFalse(log.contains(p.email()), "email in the server log");
  }

  private static void assertConflict(HttpResponse<String> response, String code) {
    assertEquals(409, response.statusCode(), response.body());
    assertEquals("https://zhaokao.org/problems/" + code, Http.object(response).getString("type"));
  }
}
