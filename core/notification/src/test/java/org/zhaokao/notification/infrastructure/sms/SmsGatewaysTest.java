package org.zhaokao.notification.infrastructure.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhaokao.notification.application.NotificationSettings;
import org.zhaokao.notification.application.delivery.SendOutcome;
import org.zhaokao.notification.application.sms.SmsMessage;
import org.zhaokao.notification.testing.RecordingHttpServer;

/** Both SMS providers against a real HTTP server on this machine. */
class SmsGatewaysTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private final SmsMessage message =
      new SmsMessage(
          "d-1",
          "review.approved",
          "+8613812345678",
          "张三您好，\"综合管理岗\"已通过资格审核。",
          orderedParameters());
  private RecordingHttpServer provider;

  private static Map<String, String> orderedParameters() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("name", "张三");
    p.put("position", "综合管理岗");
    return p;
  }

  @BeforeEach
  void start() throws Exception {
    provider = new RecordingHttpServer("{\"Code\":\"OK\",\"Message\":\"OK\"}");
  }

  @AfterEach
  void stop() {
    provider.close();
    System.getProperties()
        .keySet()
        .removeIf(k -> k.toString().startsWith(NotificationSettings.PREFIX));
  }

  private static void set(String name, String value) {
    System.setProperty(NotificationSettings.PREFIX + name, value);
  }

  private void configureAliyun() {
    set("sms.aliyun.endpoint", provider.base() + "/aliyun/");
    set("sms.aliyun.accessKeyId", "LTAI-test");
    set("sms.aliyun.accessKeySecret", "s3cret");
    set("sms.aliyun.signName", "招考平台");
    set("sms.aliyun.templateCode.review.approved", "SMS_900001");
  }

  @Test
  void aliyunPostsASignedSendSmsRequest() throws Exception {
    configureAliyun();
    assertEquals(SendOutcome.sent(), new AliyunSmsGateway().send(message));
    RecordingHttpServer.Received r = provider.next(WAIT);
    assertEquals("POST", r.method());
    assertEquals("/aliyun/", r.path());
    Map<String, String> form = new TreeMap<>(r.form());
    assertEquals("SendSms", form.get("Action"));
    assertEquals("2017-05-25", form.get("Version"));
    assertEquals("13812345678", form.get("PhoneNumbers"));
    assertEquals("招考平台", form.get("SignName"));
    assertEquals("SMS_900001", form.get("TemplateCode"));
    assertEquals("{\"name\":\"张三\",\"position\":\"综合管理岗\"}", form.get("TemplateParam"));
    assertEquals("d-1", form.get("OutId"));
    assertEquals("LTAI-test", form.get("AccessKeyId"));
    assertEquals(AliyunSignature.sign("POST", form, "s3cret"), form.get("Signature"));
    assertFalse(r.body().contains("s3cret"));
  }

  @Test
  void aliyunRefusalIsPermanentAndThrottlingPasses() {
    configureAliyun();
    provider.answerNext(200, "{\"Code\":\"isv.MOBILE_NUMBER_ILLEGAL\",\"Message\":\"非法手机号\"}");
    SendOutcome refused = new AliyunSmsGateway().send(message);
    assertEquals(SendOutcome.Kind.PERMANENT, refused.kind());
    assertTrue(refused.detail().contains("isv.MOBILE_NUMBER_ILLEGAL"), refused.detail());
    provider.answerNext(200, "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发流控\"}");
    assertEquals(SendOutcome.Kind.RETRY, new AliyunSmsGateway().send(message).kind());
  }

  @Test
  void aliyunWithoutSettingsNamesWhatIsMissing() {
    SendOutcome outcome = new AliyunSmsGateway().send(message);
    assertEquals(SendOutcome.Kind.PERMANENT, outcome.kind());
    assertTrue(
        outcome.detail().contains("zhaokao.notification.sms.aliyun.signName"), outcome.detail());
    assertTrue(
        outcome.detail().contains("zhaokao.notification.sms.aliyun.templateCode.review.approved"),
        outcome.detail());
  }

  @Test
  void httpFillsTheBodyTemplateAndSendsTheHeaders() throws Exception {
    set("sms.http.url", provider.base() + "/v1/sms");
    set("sms.http.method", "put");
    set("sms.http.header.Authorization", "Bearer token-123");
    set("sms.http.body", "{\"to\":\"${mobile}\",\"content\":\"${text}\",\"ref\":\"${id}\"}");
    assertEquals(SendOutcome.sent(), new HttpSmsGateway().send(message));
    RecordingHttpServer.Received r = provider.next(WAIT);
    assertEquals("PUT", r.method());
    assertEquals("/v1/sms", r.path());
    assertEquals("Bearer token-123", r.header("Authorization"));
    assertEquals(
        "{\"to\":\"+8613812345678\",\"content\":\"张三您好，\\\"综合管理岗\\\"已通过资格审核。\",\"ref\":\"d-1\"}",
        r.body());
  }

  @Test
  void serverErrorsAreRetriedClientErrorsAreNot() {
    set("sms.http.url", provider.base() + "/v1/sms");
    provider.answerNext(503, "busy");
    assertEquals(SendOutcome.Kind.RETRY, new HttpSmsGateway().send(message).kind());
    provider.answerNext(429, "slow down");
    assertEquals(SendOutcome.Kind.RETRY, new HttpSmsGateway().send(message).kind());
    provider.answerNext(400, "{\"error\":\"bad number\"}");
    SendOutcome refused = new HttpSmsGateway().send(message);
    assertEquals(SendOutcome.Kind.PERMANENT, refused.kind());
    assertEquals("SMS gateway answered HTTP 400: {\"error\":\"bad number\"}", refused.detail());
  }

  @Test
  void anUnreachableGatewayIsRetried() {
    set("sms.http.url", "http://127.0.0.1:1/nothing");
    assertEquals(SendOutcome.Kind.RETRY, new HttpSmsGateway().send(message).kind());
  }

  @Test
  void anUnknownBodyPlaceholderIsAConfigurationError() {
    set("sms.http.url", provider.base() + "/v1/sms");
    set("sms.http.body", "{\"to\":\"${phone}\"}");
    SendOutcome outcome = new HttpSmsGateway().send(message);
    assertEquals(SendOutcome.Kind.PERMANENT, outcome.kind());
    assertTrue(outcome.detail().contains("${phone}"), outcome.detail());
  }
}
