package org.zhaokao.notification.infrastructure.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.notification.application.NotificationSettings;
import org.zhaokao.notification.application.delivery.SendOutcome;
import org.zhaokao.notification.application.sms.SmsGateway;
import org.zhaokao.notification.application.sms.SmsMessage;
import org.zhaokao.notification.domain.template.MissingParameterException;
import org.zhaokao.notification.domain.template.TemplateSyntaxException;
import org.zhaokao.notification.domain.template.TemplateText;

/**
 * A generic HTTP SMS gateway, for the many providers that take one JSON request per message.
 * Settings under {@code zhaokao.notification.sms.http.}: {@code url}; {@code method} (POST or PUT,
 * default POST); {@code header.<Name>} for each header (an API key, say; set secrets as WildFly
 * expressions like {@code ${env.SMS_TOKEN}}); {@code body}, a JSON template whose placeholders
 * {@code ${mobile}}, {@code ${text}}, {@code ${event}} and {@code ${id}} (the delivery id) are
 * filled JSON-escaped (default {@value #DEFAULT_BODY}); {@code contentType} (application/json). Set
 * through the WildFly CLI, a body's placeholders are written {@code $${mobile}}: WildFly reads
 * {@code ${...}} in a system property as its own expression, and {@code $$} is its escape for a
 * literal {@code $}.
 */
@ApplicationScoped
public class HttpSmsGateway implements SmsGateway {

  static final String DEFAULT_BODY = "{\"mobile\":\"${mobile}\",\"text\":\"${text}\"}";
  private static final String NAME = "SMS gateway";

  @Override
  public String id() {
    return "http";
  }

  @Override
  public SendOutcome send(SmsMessage m) {
    Optional<String> url = NotificationSettings.text("sms.http.url");
    if (url.isEmpty()) {
      return SendOutcome.permanent(
          NAME + " is not configured: set " + NotificationSettings.PREFIX + "sms.http.url");
    }
    String method =
        NotificationSettings.text("sms.http.method").orElse("POST").toUpperCase(Locale.ROOT);
    if (!method.equals("POST") && !method.equals("PUT")) {
      return SendOutcome.permanent(NAME + " method must be POST or PUT, not " + method);
    }
    String body;
    try {
      body =
          TemplateText.parse(NotificationSettings.text("sms.http.body").orElse(DEFAULT_BODY))
              .render(
                  Map.of(
                      "mobile", m.mobile(),
                      "text", m.text(),
                      "event", m.eventType(),
                      "id", m.deliveryId()),
                  HttpSmsGateway::jsonEscape);
    } catch (TemplateSyntaxException | MissingParameterException e) {
      return SendOutcome.permanent(
          NAME
              + " body template: "
              + e.getMessage()
              + " (use ${mobile}, ${text}, ${event}, ${id})");
    }
    HttpRequest.Builder request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(url.get()))
              .header(
                  "Content-Type",
                  NotificationSettings.text("sms.http.contentType")
                      .orElse("application/json; charset=UTF-8"))
              .method(method, HttpRequest.BodyPublishers.ofString(body));
      for (Map.Entry<String, String> header :
          NotificationSettings.group("sms.http.header").entrySet()) {
        request.header(header.getKey(), header.getValue());
      }
    } catch (IllegalArgumentException e) {
      // The message may quote a header value: say only which setting is wrong.
      return SendOutcome.permanent(NAME + " url or a header setting is not valid HTTP");
    }
    return GatewayHttp.exchange(NAME, request, answer -> SendOutcome.sent());
  }

  /** A value as the inside of a JSON string. */
  static String jsonEscape(String value) {
    String quoted = Json.createValue(value).toString();
    return quoted.substring(1, quoted.length() - 1);
  }
}
