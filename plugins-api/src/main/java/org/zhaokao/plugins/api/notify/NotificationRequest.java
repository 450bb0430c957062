package org.zhaokao.plugins.api.notify;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhaokao.plugins.api.NotificationChannel;
import org.zhaokao.plugins.api.SupportedLocales;

/**
 * A request to notify people of one event (通知请求).
 *
 * @param eventType what happened, namespaced by its owner ({@code review.approved}, {@code
 *     interview.notice}); selects the templates
 * @param recipients who is told; at most {@value #MAX_RECIPIENTS} per request (split larger
 *     publications into several requests with distinct keys)
 * @param locale the language of the message; a supported locale (zh_CN or en)
 * @param parameters values for the templates' {@code ${name}} placeholders
 * @param idempotencyKey the caller's key for this request: a retry with the same key adds nothing
 *     for a (recipient, channel) the key already holds. Make it name the state change, e.g. {@code
 *     review.approved:application-8812}
 * @param channels the channels the caller allows; the inbox is always among them
 */
public record NotificationRequest(
    String eventType,
    List<Recipient> recipients,
    Locale locale,
    Map<String, String> parameters,
    String idempotencyKey,
    Set<NotificationChannel> channels) {

  /** The most recipients one request may carry. */
  public static final int MAX_RECIPIENTS = 1000;

  private static final Pattern EVENT = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
  private static final Pattern PARAMETER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  public NotificationRequest {
    Objects.requireNonNull(eventType, "eventType");
    if (eventType.length() > 100 || !EVENT.matcher(eventType).matches()) {
      throw new IllegalArgumentException(
          "event type must be dotted lower-case words like review.approved; got '"
              + eventType
              + "'");
    }
    recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
    if (recipients.isEmpty() || recipients.size() > MAX_RECIPIENTS) {
      throw new IllegalArgumentException(
          "a request needs 1 to " + MAX_RECIPIENTS + " recipients, got " + recipients.size());
    }
    Locale asked = Objects.requireNonNull(locale, "locale");
    locale =
        SupportedLocales.match(asked.toLanguageTag())
            .orElseThrow(
                () -> new IllegalArgumentException("locale must be zh_CN or en, got " + asked));
    parameters = Map.copyOf(Objects.requireNonNull(parameters, "parameters"));
    parameters.keySet().stream()
        .filter(k -> !PARAMETER.matcher(k).matches())
        .findFirst()
        .ifPresent(
            k -> {
              throw new IllegalArgumentException(
                  "parameter names are letters, digits and _; got '" + k + "'");
            });
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
      throw new IllegalArgumentException("idempotency key must be 1 to 200 characters");
    }
    channels = Set.copyOf(Objects.requireNonNull(channels, "channels"));
    if (!channels.contains(NotificationChannel.INBOX)) {
      throw new IllegalArgumentException("the in-site inbox cannot be switched off");
    }
  }

  /** The same request to other recipients. */
  public NotificationRequest withRecipients(List<Recipient> others) {
    return new NotificationRequest(eventType, others, locale, parameters, idempotencyKey, channels);
  }

  /** Starts a request for {@code eventType} under {@code idempotencyKey}, in zh_CN. */
  public static Builder builder(String eventType, String idempotencyKey) {
    return new Builder(eventType, idempotencyKey);
  }

  /** Builds a {@link NotificationRequest}; every channel is allowed unless restricted. */
  public static final class Builder {
    private final String eventType;
    private final String idempotencyKey;
    private final List<Recipient> recipients = new ArrayList<>();
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private Locale locale = SupportedLocales.DEFAULT;
    private Set<NotificationChannel> channels = EnumSet.allOf(NotificationChannel.class);

    private Builder(String eventType, String idempotencyKey) {
      this.eventType = eventType;
      this.idempotencyKey = idempotencyKey;
    }

    public Builder to(Recipient recipient) {
      recipients.add(Objects.requireNonNull(recipient, "recipient"));
      return this;
    }

    public Builder locale(Locale locale) {
      this.locale = locale;
      return this;
    }

    public Builder parameter(String name, String value) {
      parameters.put(name, Objects.requireNonNull(value, () -> "value of parameter " + name));
      return this;
    }

    /** Restricts the channels; the inbox is added whatever is passed. */
    public Builder onlyChannels(Set<NotificationChannel> allowed) {
      EnumSet<NotificationChannel> set = EnumSet.of(NotificationChannel.INBOX);
      set.addAll(allowed);
      this.channels = set;
      return this;
    }

    public NotificationRequest build() {
      return new NotificationRequest(
          eventType, recipients, locale, parameters, idempotencyKey, channels);
    }
  }
}
