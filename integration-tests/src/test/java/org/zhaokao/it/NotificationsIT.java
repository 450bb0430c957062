package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Notifications.awaitDelivery;
import static org.zhaokao.it.support.Notifications.deliveries;
import static org.zhaokao.it.support.Notifications.request;
import static org.zhaokao.it.support.Notifications.send;
import static org.zhaokao.it.support.Notifications.unique;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Eventually;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.NotificationDeployments;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.ServerAdmin;

/**
 * Notifications end to end on the real server: a plugin asks through the SPI inside its own
 * transaction, the outbox delivers after commit to a real SMTP server (GreenMail, on the port the
 * test server's mail session points at) and to the in-site inbox; rollbacks and repeats send
 * nothing more.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsIT extends NotificationDeployments {

  private static final String APPROVED = "review.approved";
  private static final Map<String, String> APPROVED_PARAMS =
      Map.of("name", "张三", "recruitment", "2026年市属事业单位公开招聘", "position", "综合管理岗");
  private static GreenMail smtp;

  @BeforeAll
  static void startSmtp() {
    int port = Integer.parseInt(System.getProperty("zhaokao.it.smtp.port", "3125"));
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  /** A review.approved request to {@code account} (may be null) and {@code email}. */
  private static String approved(String key, String account, String email) {
    return request(APPROVED, key, null, APPROVED_PARAMS, new String[] {account, email, null});
  }

  private static List<MimeMessage> mailTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> recipient(m).equalsIgnoreCase(address))
        .toList();
  }

  private static MimeMessage awaitMail(String address) {
    return Eventually.await(
        "e-mail to " + address, Notifications.DELIVERY, () -> mailTo(address).stream().findFirst());
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theCandidateGetsTheEmailWithExactChineseTextAndTheInboxMessage() throws Exception {
    String id = unique();
    String account = "c-" + id;
    String email = "zhang" + id + "@example.com";
    HttpResponse<String> sent = send(approved("approved:" + id, account, email), false);
    assertEquals(200, sent.statusCode(), sent.body());
    assertEquals(2, Http.object(sent).getInt("queued"));

    MimeMessage mail = awaitMail(email);
    assertEquals("资格审核通过：2026年市属事业单位公开招聘", mail.getSubject());
    Multipart parts = (Multipart) mail.getContent();
    assertEquals(
        "张三，您好！\n\n您报考的“2026年市属事业单位公开招聘”综合管理岗已通过资格审核。\n" + "请登录招考服务平台，按公告安排打印准考证并参加考试。\n\n招考服务平台",
        ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"));
    assertTrue(((String) parts.getBodyPart(1).getContent()).contains("<p>张三，您好！</p>"));

    JsonObject inbox =
        Http.object(Admin.get("/zhaokao/api/v1/admin/notifications/inbox/" + account));
    assertEquals(1, inbox.getInt("unread"));
    JsonObject message = inbox.getJsonArray("messages").getJsonObject(0);
    assertEquals("资格审核通过：2026年市属事业单位公开招聘", message.getString("subject"));
    assertEquals(
        "张三，您好！您报考的“2026年市属事业单位公开招聘”综合管理岗已通过资格审核，请按公告安排打印准考证并参加考试。", message.getString("body"));
    HttpResponse<String> read =
        Admin.post(
            "/zhaokao/api/v1/admin/notifications/inbox/"
                + account
                + "/"
                + message.getString("id")
                + "/read",
            "application/json",
            "");
    assertEquals(204, read.statusCode(), read.body());
    assertEquals(
        0,
        Http.object(Admin.get("/zhaokao/api/v1/admin/notifications/inbox/" + account))
            .getInt("unread"));
    assertEquals(
        404,
        Admin.post(
                "/zhaokao/api/v1/admin/notifications/inbox/someone-else/"
                    + message.getString("id")
                    + "/read",
                "application/json",
                "")
            .statusCode());

    JsonObject logged = awaitDelivery("approved:" + id, "EMAIL", "SENT");
    assertEquals("z***@example.com", logged.getString("address"));
    assertEquals(1, logged.getInt("attempts"));
    assertEquals(
        account,
        deliveries("accountId", account, "channel", "EMAIL").get(0).getString("accountId"));
    assertEquals(2, deliveries("accountId", account).size());
    assertEquals(1, deliveries("address", email.toUpperCase()).size());
  }

  @Test
  void aPluginsOwnTemplatesAreUsedInTheRequestedLanguage() throws Exception {
    String id = unique();
    String email = "li" + id + "@example.com";
    send(
        request(
            "notify-probe.result",
            "result:" + id,
            "en",
            Map.of("name", "Li Lei", "score", "88.5"),
            new String[] {null, email, null}),
        false);
    MimeMessage mail = awaitMail(email);
    assertEquals("Your score, Li Lei", mail.getSubject());

    JsonObject event =
        Http.array(Admin.get("/zhaokao/api/v1/admin/notifications/events")).stream()
            .map(v -> v.asJsonObject())
            .filter(e -> e.getString("eventType").equals("notify-probe.result"))
            .findFirst()
            .orElseThrow();
    assertEquals("stage:notify-probe", event.getString("owner"));
    assertEquals(List.of("name", "score"), List.copyOf(event.getJsonObject("parameters").keySet()));
  }

  @Test
  void theSameKeyTwiceSendsOnce() {
    String id = unique();
    String email = "twice" + id + "@example.com";
    String request = approved("twice:" + id, "c-" + id, email);
    assertEquals(2, Http.object(send(request, false)).getInt("queued"));
    JsonObject second = Http.object(send(request, false));
    assertEquals(0, second.getInt("queued"));
    assertEquals(2, second.getInt("duplicates"));
    awaitDelivery("twice:" + id, "EMAIL", "SENT");
    // A later request to the same address is delivered after anything the repeat could have queued.
    String marker = "marker:" + id;
    send(approved(marker, null, email), false);
    awaitDelivery(marker, "EMAIL", "SENT");
    assertEquals(2, mailTo(email).size());
    assertEquals(2, deliveries("idempotencyKey", "twice:" + id).size());
  }

  @Test
  void aRolledBackTransactionSendsNothing() {
    String id = unique();
    String lost = "lost" + id + "@example.com";
    HttpResponse<String> rolledBack = send(approved("rollback:" + id, "c-" + id, lost), true);
    assertEquals(200, rolledBack.statusCode(), rolledBack.body());
    assertFalse(Http.object(rolledBack).getBoolean("committed"));
    String kept = "kept" + id + "@example.com";
    send(approved("commit:" + id, null, kept), false);
    awaitMail(kept);
    awaitDelivery("commit:" + id, "EMAIL", "SENT");
    assertEquals(List.of(), mailTo(lost));
    assertEquals(List.of(), deliveries("idempotencyKey", "rollback:" + id));
    assertEquals(
        0,
        Http.object(Admin.get("/zhaokao/api/v1/admin/notifications/inbox/c-" + id))
            .getInt("unread"));
  }

  @Test
  void aRequestTheCoreCannotHonourIsRefusedAndLeavesNothing() {
    String id = unique();
    HttpResponse<String> unknown =
        send(
            request(
                "review.unheard-of",
                "bad:" + id,
                null,
                Map.of(),
                new String[] {"c-" + id, null, null}),
            false);
    assertEquals(422, unknown.statusCode(), unknown.body());
    assertTrue(Http.object(unknown).getString("error").contains("review.unheard-of"));

    HttpResponse<String> missing =
        send(
            request(
                APPROVED,
                "bad:" + id,
                null,
                Map.of("name", "张三"),
                new String[] {"c-" + id, "m" + id + "@example.com", null}),
            false);
    assertEquals(422, missing.statusCode(), missing.body());
    assertTrue(
        Http.object(missing).getString("error").contains("'recruitment', 'position'"),
        missing.body());

    HttpResponse<String> badMobile =
        send(
            request(
                APPROVED,
                "bad:" + id,
                null,
                APPROVED_PARAMS,
                new String[] {"c-" + id, null, "12345"}),
            false);
    assertEquals(400, badMobile.statusCode(), badMobile.body());
    assertEquals(List.of(), deliveries("idempotencyKey", "bad:" + id));
  }

  @Test
  void whatWasCommittedBeforeTheCoreRestartsIsDeliveredAfterIt() throws Exception {
    String id = unique();
    String email = "restart" + id + "@example.com";
    String paused = "zhaokao.notification.worker.paused";
    try (ServerAdmin server = ServerAdmin.connect()) {
      server.set(paused, "true");
      try {
        send(approved("restart:" + id, null, email), false);
        awaitDelivery("restart:" + id, "EMAIL", "PENDING");
        // Every bean of the core stops and starts again: nothing of the request stays in memory.
        server.redeploy("zhaokao.ear");
        assertEquals(
            "PENDING", deliveries("idempotencyKey", "restart:" + id).get(0).getString("status"));
        assertEquals(List.of(), mailTo(email));
      } finally {
        server.remove(paused);
      }
    }
    awaitMail(email);
    awaitDelivery("restart:" + id, "EMAIL", "SENT");
  }

  @Test
  void theConsoleScreensRenderInChinese() {
    HttpResponse<String> templates = Admin.get("/zhaokao/console/notifications/templates.xhtml");
    assertEquals(200, templates.statusCode());
    assertTrue(templates.body().contains("通知模板"), templates.body());
    assertTrue(templates.body().contains("review.approved"), templates.body());
    assertTrue(
        templates.body().contains("account.verification-code"), "the identity module's events too");
    assertTrue(templates.body().contains("${"), "the first event's template with its placeholders");
    HttpResponse<String> log = Admin.get("/zhaokao/console/notifications/deliveries.xhtml");
    assertEquals(200, log.statusCode());
    assertTrue(log.body().contains("投递记录"), log.body());
  }

  @Test
  void aBadDeliveryLogQueryIs400() {
    HttpResponse<String> response =
        Admin.get("/zhaokao/api/v1/admin/notifications/deliveries?status=LOST");
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(Http.object(response).getString("detail").contains("LOST"));
  }

  private static final String TEMPLATE =
      "/zhaokao/api/v1/admin/notifications/templates/admission.published/INBOX/en";

  private static String template(String subject, String body) {
    return jakarta.json.Json.createObjectBuilder()
        .add("subject", subject)
        .add("body", body)
        .build()
        .toString();
  }

  @Test
  void aTemplateWithAnUnknownPlaceholderIsRefusedNamingItAndNothingIsSaved() {
    JsonObject before = Http.object(Admin.get(TEMPLATE));
    HttpResponse<String> refused =
        Admin.put(
            TEMPLATE,
            "application/json",
            template("Result", "Dear ${name}, your score is ${score}."));
    assertProblem(refused, 422);
    JsonObject problem = Http.object(refused);
    assertEquals("https://zhaokao.org/problems/invalid-template", problem.getString("type"));
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertEquals("body", error.getString("field"));
    assertEquals("UNKNOWN_PLACEHOLDER", error.getString("code"));
    assertTrue(error.getString("message").contains("${score}"), error.getString("message"));
    assertEquals(before, Http.object(Admin.get(TEMPLATE)));
  }

  @Test
  void anSmsOverTheLengthLimitIsRefusedWithItsLength() {
    String longSms = "${name}您好，" + "您报考的岗位拟录用名单已经公示，请您留意招考单位的后续通知。".repeat(5);
    HttpResponse<String> refused =
        Admin.put(
            "/zhaokao/api/v1/admin/notifications/templates/admission.published/SMS/zh-CN",
            "application/json",
            template("", longSms));
    assertProblem(refused, 422);
    JsonObject error = Http.object(refused).getJsonArray("errors").getJsonObject(0);
    assertEquals("SMS_TOO_LONG", error.getString("code"));
    assertTrue(error.getString("message").contains("limit of 134"), error.getString("message"));
  }

  @Test
  void anEditorSavesAndPreviewsATemplate() {
    JsonObject original = Http.object(Admin.get(TEMPLATE));
    try {
      HttpResponse<String> saved =
          Admin.put(
              TEMPLATE,
              "application/json",
              template(
                  "Published: ${recruitment}", "${name}, you are on the list for ${position}."));
      assertEquals(200, saved.statusCode(), saved.body());
      assertTrue(Http.object(saved).getBoolean("edited"));
      HttpResponse<String> preview =
          Admin.post(
              TEMPLATE + "/preview",
              "application/json",
              template("Published: ${recruitment}", "${name}: ${position}"));
      assertEquals(200, preview.statusCode(), preview.body());
      assertEquals("张三: 综合管理岗", Http.object(preview).getString("body"));
      assertEquals("Published: 2026年市属事业单位公开招聘", Http.object(preview).getString("subject"));
    } finally {
      Admin.put(
          TEMPLATE,
          "application/json",
          template(original.getString("defaultSubject"), original.getString("defaultBody")));
    }
    assertFalse(Http.object(Admin.get(TEMPLATE)).getBoolean("edited"));
  }

  @Test
  void unknownEventsChannelsAndBodiesAreClientErrors() {
    assertProblem(Admin.get("/zhaokao/api/v1/admin/notifications/templates/no.such/INBOX/en"), 404);
    assertProblem(
        Admin.get("/zhaokao/api/v1/admin/notifications/templates/review.approved/FAX/en"), 400);
    assertProblem(
        Admin.get("/zhaokao/api/v1/admin/notifications/templates/review.approved/INBOX/fr"), 400);
    assertProblem(Admin.put(TEMPLATE, "application/json", "{\"subject\": "), 400);
    assertProblem(
        Admin.post(
            "/zhaokao/api/v1/admin/notifications/deliveries/nope/resend", "application/json", ""),
        404);
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertFalse(Http.object(response).getString("detail").isBlank());
  }
}
