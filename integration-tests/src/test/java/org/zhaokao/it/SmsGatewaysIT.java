package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Notifications.awaitDelivery;
import static org.zhaokao.it.support.Notifications.mobile;
import static org.zhaokao.it.support.Notifications.request;
import static org.zhaokao.it.support.Notifications.send;
import static org.zhaokao.it.support.Notifications.unique;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Eventually;
import org.zhaokao.it.support.NotificationDeployments;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.ServerAdmin;
import org.zhaokao.notification.infrastructure.sms.AliyunSignature;
import org.zhaokao.notification.testing.RecordingHttpServer;

/**
 * SMS from the test server to a provider played by a real HTTP server in this JVM: Aliyun's signed
 * SendSms, the generic JSON gateway, retries on 5xx, dead-lettering on 4xx and the staff resend.
 * The providers are configured as an operator would, with system properties set through the
 * management API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SmsGatewaysIT extends NotificationDeployments {

  private static final String PREFIX = "zhaokao.notification.sms.";
  private static final String EVENT = "notify-probe.result";
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static RecordingHttpServer provider;

  private static ServerAdmin settings;

  @BeforeAll
  static void startProvider() throws Exception {
    provider = new RecordingHttpServer("{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"1\"}");
    settings = ServerAdmin.connect();
  }

  @AfterAll
  static void stopProvider() throws Exception {
    provider.close();
    settings.close();
  }

  @BeforeEach
  void forgetEarlierRequests() {
    provider.drain();
  }

  @AfterEach
  void forget() {
    for (String name :
        new String[] {
          "provider",
          "aliyun.endpoint",
          "aliyun.accessKeyId",
          "aliyun.accessKeySecret",
          "aliyun.signName",
          "aliyun.templateCode." + EVENT,
          "http.url",
          "http.header.X-Api-Key",
          "http.body",
          "rate.sms.perHour"
        }) {
      settings.remove(name.startsWith("rate.") ? "zhaokao.notification." + name : PREFIX + name);
    }
  }

  private static String smsTo(String id, String number) {
    return request(
        EVENT,
        "sms:" + id,
        null,
        Map.of("name", "王五", "score", "91"),
        new String[] {null, null, number});
  }

  @Test
  void aliyunReceivesASignedSendSmsRequest() throws Exception {
    settings.set(PREFIX + "provider", "aliyun");
    settings.set(PREFIX + "aliyun.endpoint", provider.base() + "/aliyun/");
    settings.set(PREFIX + "aliyun.accessKeyId", "LTAI-it");
    settings.set(PREFIX + "aliyun.accessKeySecret", "it-secret");
    settings.set(PREFIX + "aliyun.signName", "招考平台");
    settings.set(PREFIX + "aliyun.templateCode." + EVENT, "SMS_123456");
    String id = unique();
    String number = mobile();
    assertEquals(200, send(smsTo(id, "+86" + number), false).statusCode());

    RecordingHttpServer.Received r = provider.next(WAIT);
    assertEquals("POST", r.method());
    assertEquals("/aliyun/", r.path());
    Map<String, String> form = new TreeMap<>(r.form());
    assertEquals("SendSms", form.get("Action"));
    assertEquals(number, form.get("PhoneNumbers"));
    assertEquals("招考平台", form.get("SignName"));
    assertEquals("SMS_123456", form.get("TemplateCode"));
    assertEquals("{\"name\":\"王五\",\"score\":\"91\"}", form.get("TemplateParam"));
    assertEquals("LTAI-it", form.get("AccessKeyId"));
    assertEquals(AliyunSignature.sign("POST", form, "it-secret"), form.get("Signature"));
    JsonObject delivery = awaitDelivery("sms:" + id, "SMS", "SENT");
    assertEquals(form.get("OutId"), delivery.getString("id"));
    assertEquals(
        number.substring(0, 3) + "****" + number.substring(7), delivery.getString("address"));
  }

  private void genericGateway() {
    settings.set(PREFIX + "provider", "http");
    settings.set(PREFIX + "http.url", provider.base() + "/gateway/send");
    settings.set(PREFIX + "http.header.X-Api-Key", "key-42");
    settings.set(
        PREFIX + "http.body",
        // $$ is WildFly's escape for a literal $: ${...} alone would be read as a server
        // expression.
        "{\"phone\":\"$${mobile}\",\"message\":\"$${text}\",\"ref\":\"$${id}\"}");
  }

  @Test
  void theGenericGatewayGetsTheFilledBodyAndHeaders() throws Exception {
    genericGateway();
    String id = unique();
    String number = mobile();
    send(smsTo(id, number), false);
    RecordingHttpServer.Received r = provider.next(WAIT);
    assertEquals("POST", r.method());
    assertEquals("/gateway/send", r.path());
    assertEquals("key-42", r.header("X-Api-Key"));
    JsonObject delivery = awaitDelivery("sms:" + id, "SMS", "SENT");
    assertEquals(
        "{\"phone\":\""
            + number
            + "\",\"message\":\"王五您好，您的成绩为91分。\",\"ref\":\""
            + delivery.getString("id")
            + "\"}",
        r.body());
  }

  /** Sends an SMS through the generic gateway, which first answers {@code status}; its id. */
  private String smsAnsweredFirstWith(int status, String answer) {
    genericGateway();
    provider.answerNext(status, answer);
    String id = unique();
    send(smsTo(id, mobile()), false);
    return id;
  }

  @Test
  void aProviderServerErrorIsRetried() throws Exception {
    String id = smsAnsweredFirstWith(503, "{\"error\":\"maintenance\"}");
    JsonObject delivery = awaitDelivery("sms:" + id, "SMS", "SENT");
    assertEquals(2, delivery.getInt("attempts"));
    assertTrue(delivery.getString("lastError").contains("HTTP 503"), delivery.toString());
    assertEquals(2, provider.drain().size());
  }

  @Test
  void aProviderRefusalIsDeadLetteredAndStaffCanResend() throws Exception {
    String id = smsAnsweredFirstWith(400, "{\"error\":\"invalid number\"}");
    JsonObject failed = awaitDelivery("sms:" + id, "SMS", "FAILED");
    assertEquals(1, failed.getInt("attempts"));
    assertEquals(
        "SMS gateway answered HTTP 400: {\"error\":\"invalid number\"}",
        failed.getString("lastError"));

    String resend =
        "/zhaokao/api/v1/admin/notifications/deliveries/" + failed.getString("id") + "/resend";
    HttpResponse<String> accepted = Admin.post(resend, "application/json", "");
    assertEquals(202, accepted.statusCode(), accepted.body());
    awaitDelivery("sms:" + id, "SMS", "SENT");
    HttpResponse<String> again = Admin.post(resend, "application/json", "");
    assertEquals(409, again.statusCode(), again.body());
  }

  @Test
  void theHourlyLimitPerRecipientHoldsFurtherSmsBack() throws Exception {
    genericGateway();
    settings.set("zhaokao.notification.rate.sms.perHour", "1");
    String number = mobile();
    String first = unique();
    String second = unique();
    send(smsTo(first, number), false);
    awaitDelivery("sms:" + first, "SMS", "SENT");
    send(smsTo(second, number), false);
    JsonObject held =
        Eventually.await(
            "the second SMS held back",
            WAIT,
            () ->
                Notifications.deliveries("idempotencyKey", "sms:" + second).stream()
                    .filter(d -> d.getString("lastError", "").contains("rate limit of 1 per hour"))
                    .findFirst());
    assertEquals("PENDING", held.getString("status"));
    assertEquals(0, held.getInt("attempts"));
    provider.next(WAIT);
    assertEquals(0, provider.drain().size());
  }
}
