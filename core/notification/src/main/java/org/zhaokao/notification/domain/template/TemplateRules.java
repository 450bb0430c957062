package org.zhaokao.notification.domain.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhaokao.plugins.api.NotificationChannel;

/**
 * What a template must be to be saved (模板校验): a subject where the channel shows one, a body,
 * well-formed placeholders that the event offers, and an SMS that fits the configured number of
 * parts when filled with the event's sample values.
 */
public final class TemplateRules {

  /** Longest subject, as stored. */
  public static final int MAX_SUBJECT = 200;

  /** Longest body, as stored. */
  public static final int MAX_BODY = 4000;

  private final SmsLength smsLength;

  public TemplateRules(SmsLength smsLength) {
    this.smsLength = smsLength;
  }

  /**
   * Every reason to refuse {@code subject} and {@code body} for {@code channel} of {@code event}.
   */
  public List<TemplateViolation> check(
      EventType event, NotificationChannel channel, String subject, String body) {
    List<TemplateViolation> violations = new ArrayList<>();
    Map<String, String> samples = event.samples();
    if (channel != NotificationChannel.SMS) {
      checkText("subject", subject, MAX_SUBJECT, event, violations);
    }
    TemplateText text = checkText("body", body, MAX_BODY, event, violations);
    if (channel == NotificationChannel.SMS && text != null && violations.isEmpty()) {
      String filled = text.render(samples);
      int length = SmsLength.lengthOf(filled);
      int limit = smsLength.limitFor(filled);
      if (length > limit) {
        violations.add(
            new TemplateViolation(
                "body",
                "SMS_TOO_LONG",
                "the SMS is "
                    + length
                    + " characters long with the sample values, over the limit of "
                    + limit
                    + " ("
                    + smsLength.maxParts()
                    + " message part(s)); shorten it by "
                    + (length - limit),
                List.of(
                    String.valueOf(length),
                    String.valueOf(limit),
                    String.valueOf(smsLength.maxParts()),
                    String.valueOf(length - limit))));
      }
    }
    return violations;
  }

  private static TemplateText checkText(
      String field, String value, int max, EventType event, List<TemplateViolation> violations) {
    if (value == null || value.isBlank()) {
      violations.add(new TemplateViolation(field, "REQUIRED", "the " + field + " is empty"));
      return null;
    }
    if (value.length() > max) {
      violations.add(
          new TemplateViolation(
              field,
              "TOO_LONG",
              "the " + field + " is " + value.length() + " characters, at most " + max,
              List.of(String.valueOf(value.length()), String.valueOf(max))));
      return null;
    }
    TemplateText text;
    try {
      text = TemplateText.parse(value);
    } catch (TemplateSyntaxException e) {
      violations.add(
          new TemplateViolation(
              field,
              "SYNTAX",
              "the " + field + ": " + e.getMessage(),
              List.of(String.valueOf(e.position()))));
      return null;
    }
    for (String name : text.placeholders()) {
      if (!event.samples().containsKey(name)) {
        violations.add(
            new TemplateViolation(
                field,
                "UNKNOWN_PLACEHOLDER",
                "unknown placeholder ${"
                    + name
                    + "} in the "
                    + field
                    + "; event "
                    + event.eventType()
                    + " offers "
                    + offered(event),
                List.of("${" + name + "}", event.eventType(), offered(event))));
      }
    }
    return text;
  }

  private static String offered(EventType event) {
    return event.samples().isEmpty()
        ? "no parameters"
        : String.join(", ", event.samples().keySet().stream().map(n -> "${" + n + "}").toList());
  }
}
