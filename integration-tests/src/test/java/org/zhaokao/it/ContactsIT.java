package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Json;
import org.zhaokao.it.support.Mailbox;
import org.zhaokao.it.support.NotificationDeployments;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.People;
import org.zhaokao.it.support.People.Person;

/**
 * Candidates prove and change their contact details with codes sent through the notification outbox
 * to a real SMTP server, reset a forgotten password, and choose where notifications go.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContactsIT extends NotificationDeployments {

  private static Mailbox mail;

  @BeforeAll
  static void startSmtp() {
    mail = Mailbox.start();
  }

  @AfterAll
  static void stopSmtp() {
    mail.close();
  }

  private static Person registered() {
    Person p = People.fresh();
    assertEquals(201, Http.postJson("/zhaokao/api/v1/candidates", p.registration()).statusCode());
    return p;
  }

  /** Verifies the candidate's e-mail with the code that arrives by mail. */
  private static void verifyEmail(Browsing b, Person p) {
    int before = mail.to(p.email()).size();
    assertEquals(202, b.post("/zhaokao/api/v1/me/contacts/email/code", "").statusCode());
    String code = mail.awaitCode(p.email(), before);
    assertEquals(
        204,
        b.post("/zhaokao/api/v1/me/contacts/email/confirm", Json.object("code", code))
            .statusCode());
  }

  @Test
  void aCodeByMailVerifiesTheEmailOnceAndOnlyTheRightCode() {
    Person p = registered();
    Browsing b = Browsing.as(p.mobile(), p.password());
    int before = mail.to(p.email()).size();
    assertEquals(202, b.post("/zhaokao/api/v1/me/contacts/email/code", "").statusCode());
    String code = mail.awaitCode(p.email(), before);
    assertTrue(Mailbox.text(mail.to(p.email()).get(before)).contains("验证码"));
    String wrong = code.equals("000000") ? "111111" : "000000";
    HttpResponse<String> refused =
        b.post("/zhaokao/api/v1/me/contacts/email/confirm", Json.object("code", wrong));
    assertEquals(422, refused.statusCode(), refused.body());
    assertFalse(b.me().getJsonObject("account").getBoolean("emailVerified"));
    assertEquals(
        204,
        b.post("/zhaokao/api/v1/me/contacts/email/confirm", Json.object("code", code))
            .statusCode());
    assertTrue(b.me().getJsonObject("account").getBoolean("emailVerified"));
    assertEquals(
        422,
        b.post("/zhaokao/api/v1/me/contacts/email/confirm", Json.object("code", code)).statusCode(),
        "a code works once");
  }

  @Test
  void codesCannotBeSentAgainAtOnce() {
    Person p = registered();
    Browsing b = Browsing.as(p.mobile(), p.password());
    assertEquals(202, b.post("/zhaokao/api/v1/me/contacts/email/code", "").statusCode());
    HttpResponse<String> again = b.post("/zhaokao/api/v1/me/contacts/email/code", "");
    assertEquals(409, again.statusCode(), again.body());
    assertEquals(
        "https://zhaokao.org/problems/code-too-soon", Http.object(again).getString("type"));
  }

  @Test
  void changingTheEmailNeedsThePasswordAndACodeSentToTheNewAddress() {
    Person p = registered();
    Person other = registered();
    Browsing b = Browsing.as(p.mobile(), p.password());
    String fresh = "new-" + Notifications.unique() + "@example.cn";
    assertEquals(
        422,
        b.post(
                "/zhaokao/api/v1/me/contacts/email/change",
                Json.object("password", "not-my-password", "value", fresh))
            .statusCode());
    assertEquals(
        409,
        b.post(
                "/zhaokao/api/v1/me/contacts/email/change",
                Json.object("password", p.password(), "value", other.email()))
            .statusCode(),
        "another account's address");
    assertEquals(
        202,
        b.post(
                "/zhaokao/api/v1/me/contacts/email/change",
                Json.object("password", p.password(), "value", fresh))
            .statusCode());
    String code = mail.awaitCode(fresh, 0);
    assertEquals(
        204,
        b.post("/zhaokao/api/v1/me/contacts/email/change/confirm", Json.object("code", code))
            .statusCode());
    assertEquals(
        200, new Browsing().login(fresh, p.password()).statusCode(), "log in with the new email");
    assertEquals(
        401, new Browsing().login(p.email(), p.password()).statusCode(), "the old one is gone");
  }

  @Test
  void aForgottenPasswordIsResetThroughTheVerifiedEmail() {
    Person p = registered();
    verifyEmail(Browsing.as(p.mobile(), p.password()), p);
    int before = mail.to(p.email()).size();
    assertEquals(
        202,
        Http.postJson("/zhaokao/api/v1/auth/password-reset", Json.object("loginId", p.idNumber()))
            .statusCode());
    String code = mail.awaitCode(p.email(), before);
    HttpResponse<String> weak =
        Http.postJson(
            "/zhaokao/api/v1/auth/password-reset/confirm",
            Json.object("loginId", p.idNumber(), "code", code, "newPassword", "12345678"));
    assertEquals(422, weak.statusCode(), weak.body());
    String renewed = "海内存知己-天涯若比邻";
    assertEquals(
        204,
        Http.postJson(
                "/zhaokao/api/v1/auth/password-reset/confirm",
                Json.object("loginId", p.idNumber(), "code", code, "newPassword", renewed))
            .statusCode());
    assertEquals(200, new Browsing().login(p.mobile(), renewed).statusCode());
  }

  @Test
  void askingToResetAnUnknownOrUnverifiedAccountLooksTheSameAndSendsNothing() {
    Person unverified = registered();
    assertEquals(
        202,
        Http.postJson(
                "/zhaokao/api/v1/auth/password-reset", Json.object("loginId", unverified.email()))
            .statusCode());
    assertEquals(
        202,
        Http.postJson("/zhaokao/api/v1/auth/password-reset", Json.object("loginId", "13000000001"))
            .statusCode());
    assertEquals(
        422,
        Http.postJson(
                "/zhaokao/api/v1/auth/password-reset/confirm",
                Json.object(
                    "loginId", unverified.email(), "code", "123456", "newPassword", "长风破浪会有时-直挂云帆"))
            .statusCode());
    try {
      Thread.sleep(Duration.ofSeconds(3).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertTrue(mail.to(unverified.email()).isEmpty(), "no code to an unverified address");
  }

  @Test
  void aNotificationToTheAccountReachesTheEmailUnlessTheCandidateOptedOut() {
    Person p = registered();
    Browsing b = Browsing.as(p.mobile(), p.password());
    String account = b.me().getJsonObject("account").getJsonNumber("id").toString();
    Map<String, String> params =
        Map.of("name", "李四", "recruitment", "2026年公开招聘", "position", "综合管理岗");
    String key = "contacts-" + Notifications.unique();
    assertEquals(
        200,
        Notifications.send(
                Notifications.request(
                    "review.approved", key, null, params, new String[] {account, null, null}),
                false)
            .statusCode());
    mail.awaitMessages(p.email(), 1);
    assertTrue(Mailbox.text(mail.to(p.email()).get(0)).contains("综合管理岗"));

    assertEquals(
        204,
        b.put("/zhaokao/api/v1/me/preferences", "{\"email\":false,\"sms\":false}").statusCode());
    String key2 = "contacts-" + Notifications.unique();
    assertEquals(
        200,
        Notifications.send(
                Notifications.request(
                    "review.approved", key2, null, params, new String[] {account, null, null}),
                false)
            .statusCode());
    try {
      Thread.sleep(Duration.ofSeconds(3).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertEquals(
        1, mail.to(p.email()).size(), "opted out of e-mail: the second notice is inbox only");
    assertEquals(2, Http.object(b.get("/zhaokao/api/v1/me/inbox")).getJsonArray("messages").size());
  }
}
