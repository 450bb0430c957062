package org.zhaokao.notification.infrastructure.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.zhaokao.notification.application.NotificationSettings;
import org.zhaokao.notification.application.delivery.SendOutcome;
import org.zhaokao.notification.application.delivery.TemplateParameters;
import org.zhaokao.notification.application.sms.SmsGateway;
import org.zhaokao.notification.application.sms.SmsMessage;

/**
 * Aliyun SMS (阿里云短信服务), Dysmsapi {@code SendSms} version 2017-05-25 over its RPC interface, signed
 * as {@link AliyunSignature} describes. Aliyun renders the text itself from a template registered
 * and approved in its console, so each event needs a template code; the values our own SMS template
 * used are sent as its {@code TemplateParam}.
 *
 * <p>Settings under {@code zhaokao.notification.sms.aliyun.}: {@code accessKeyId} and {@code
 * accessKeySecret} (or the environment's {@code ZHAOKAO_SMS_ALIYUN_ACCESS_KEY_ID} / {@code
 * _SECRET}), {@code signName} (签名), {@code templateCode.<event type>}, and optionally {@code
 * endpoint} (default {@value #DEFAULT_ENDPOINT}) and {@code regionId} (cn-hangzhou).
 */
@ApplicationScoped
public class AliyunSmsGateway implements SmsGateway {

  static final String DEFAULT_ENDPOINT = "https://dysmsapi.aliyuncs.com/";
  private static final String NAME = "Aliyun SMS";
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  @Override
  public String id() {
    return "aliyun";
  }

  @Override
  public SendOutcome send(SmsMessage m) {
    Optional<String> keyId =
        NotificationSettings.secret("sms.aliyun.accessKeyId", "ZHAOKAO_SMS_ALIYUN_ACCESS_KEY_ID");
    Optional<String> secret =
        NotificationSettings.secret(
            "sms.aliyun.accessKeySecret", "ZHAOKAO_SMS_ALIYUN_ACCESS_KEY_SECRET");
    Optional<String> signName = NotificationSettings.text("sms.aliyun.signName");
    String codeSetting = "sms.aliyun.templateCode." + m.eventType();
    Optional<String> templateCode = NotificationSettings.text(codeSetting);
    List<String> missing = new ArrayList<>();
    keyId.ifPresentOrElse(v -> {}, () -> missing.add("sms.aliyun.accessKeyId"));
    secret.ifPresentOrElse(v -> {}, () -> missing.add("sms.aliyun.accessKeySecret"));
    signName.ifPresentOrElse(v -> {}, () -> missing.add("sms.aliyun.signName"));
    templateCode.ifPresentOrElse(v -> {}, () -> missing.add(codeSetting));
    if (!missing.isEmpty()) {
      return SendOutcome.permanent(
          NAME
              + " is not configured: set "
              + missing.stream()
                  .map(s -> NotificationSettings.PREFIX + s)
                  .collect(Collectors.joining(", "))
              + ", then resend");
    }
    Map<String, String> p = new TreeMap<>();
    p.put("AccessKeyId", keyId.get());
    p.put("Action", "SendSms");
    p.put("Format", "JSON");
    p.put("RegionId", NotificationSettings.text("sms.aliyun.regionId").orElse("cn-hangzhou"));
    p.put("SignatureMethod", "HMAC-SHA1");
    p.put("SignatureNonce", UUID.randomUUID().toString());
    p.put("SignatureVersion", "1.0");
    p.put("Timestamp", TIMESTAMP.format(Instant.now()));
    p.put("Version", "2017-05-25");
    p.put("PhoneNumbers", phoneNumber(m.mobile()));
    p.put("SignName", signName.get());
    p.put("TemplateCode", templateCode.get());
    p.put("TemplateParam", TemplateParameters.format(m.templateParameters()));
    p.put("OutId", m.deliveryId());
    p.put("Signature", AliyunSignature.sign("POST", p, secret.get()));
    String form =
        p.entrySet().stream()
            .map(
                e ->
                    AliyunSignature.percentEncode(e.getKey())
                        + "="
                        + AliyunSignature.percentEncode(e.getValue()))
            .collect(Collectors.joining("&"));
    URI endpoint;
    try {
      endpoint =
          URI.create(NotificationSettings.text("sms.aliyun.endpoint").orElse(DEFAULT_ENDPOINT));
    } catch (IllegalArgumentException e) {
      return SendOutcome.permanent(NAME + " endpoint setting is not a URL");
    }
    return GatewayHttp.exchange(
        NAME,
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form)),
        AliyunSmsGateway::read);
  }

  /** Aliyun takes mainland numbers bare and others with their country code but no +. */
  static String phoneNumber(String mobile) {
    if (mobile.startsWith("+86")) {
      return mobile.substring(3);
    }
    return mobile.startsWith("+") ? mobile.substring(1) : mobile;
  }

  /** A 200 still carries Aliyun's verdict in {@code Code}: only {@code OK} is sent. */
  static SendOutcome read(String body) {
    JsonObject answer;
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      answer = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      return SendOutcome.retry(
          NAME + " answered with something other than JSON: " + GatewayHttp.excerpt(body));
    }
    String code = answer.getString("Code", "");
    if (code.equals("OK")) {
      return SendOutcome.sent();
    }
    String detail = NAME + " refused: " + code + " " + answer.getString("Message", "");
    // Flow control and Aliyun's own faults pass; everything else is about this message.
    boolean passing =
        code.startsWith("Throttling")
            || code.equals("isv.BUSINESS_LIMIT_CONTROL")
            || code.equals("isp.SYSTEM_ERROR")
            || code.equals("ServiceUnavailable");
    return passing ? SendOutcome.retry(detail) : SendOutcome.permanent(detail);
  }
}
