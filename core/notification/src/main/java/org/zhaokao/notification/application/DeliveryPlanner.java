package org.zhaokao.notification.application;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhaokao.notification.application.delivery.TemplateParameters;
import org.zhaokao.notification.domain.delivery.NewDelivery;
import org.zhaokao.notification.domain.template.MessageTemplate;
import org.zhaokao.notification.domain.template.TemplateKey;
import org.zhaokao.notification.domain.template.TemplateSyntaxException;
import org.zhaokao.notification.domain.template.TemplateText;
import org.zhaokao.plugins.api.NotificationChannel;
import org.zhaokao.plugins.api.SupportedLocales;
import org.zhaokao.plugins.api.notify.NotificationRejectedException;
import org.zhaokao.plugins.api.notify.NotificationRequest;
import org.zhaokao.plugins.api.notify.Recipient;

/**
 * Turns a request into deliveries: the text of each channel, rendered once in the request's
 * language (falling back to zh-CN), and one delivery per recipient and channel that the recipient
 * can be reached on, the request allows and the event has a template for.
 */
final class DeliveryPlanner {

  /** Longest rendered body a delivery stores. */
  static final int MAX_RENDERED_BODY = 8000;

  private final Function<TemplateKey, Optional<MessageTemplate>> templates;

  DeliveryPlanner(Function<TemplateKey, Optional<MessageTemplate>> templates) {
    this.templates = templates;
  }

  List<NewDelivery> plan(NotificationRequest request) {
    Map<NotificationChannel, Rendered> texts = new EnumMap<>(NotificationChannel.class);
    for (NotificationChannel channel : needed(request)) {
      template(request.eventType(), channel, request.locale())
          .ifPresent(t -> texts.put(channel, render(t, request.parameters())));
    }
    List<NewDelivery> planned = new ArrayList<>();
    for (Recipient r : request.recipients()) {
      String account = r.accountId().orElse(null);
      if (account != null) {
        Rendered inbox = texts.get(NotificationChannel.INBOX);
        if (inbox == null) {
          throw new NotificationRejectedException(
              "event " + request.eventType() + " has no in-site inbox template");
        }
        planned.add(inbox.to("account:" + account, account, null));
      }
      r.email()
          .filter(e -> texts.containsKey(NotificationChannel.EMAIL))
          .ifPresent(
              e ->
                  planned.add(
                      texts
                          .get(NotificationChannel.EMAIL)
                          .to(e.toLowerCase(Locale.ROOT), account, e)));
      r.mobile()
          .filter(m -> texts.containsKey(NotificationChannel.SMS))
          .ifPresent(
              m -> planned.add(texts.get(NotificationChannel.SMS).to(mobileKey(m), account, m)));
    }
    return planned;
  }

  /** The channels some recipient can be reached on and the request allows. */
  private static Set<NotificationChannel> needed(NotificationRequest request) {
    Set<NotificationChannel> needed = EnumSet.noneOf(NotificationChannel.class);
    for (Recipient r : request.recipients()) {
      r.accountId().ifPresent(a -> needed.add(NotificationChannel.INBOX));
      r.email().ifPresent(e -> needed.add(NotificationChannel.EMAIL));
      r.mobile().ifPresent(m -> needed.add(NotificationChannel.SMS));
    }
    needed.retainAll(request.channels());
    return needed;
  }

  /** The recipient key of a mobile number: a mainland number without its +86. */
  static String mobileKey(String mobile) {
    return mobile.startsWith("+86") ? mobile.substring(3) : mobile;
  }

  private Optional<MessageTemplate> template(
      String eventType, NotificationChannel channel, Locale locale) {
    return templates
        .apply(TemplateKey.of(eventType, channel, locale))
        .or(() -> templates.apply(TemplateKey.of(eventType, channel, SupportedLocales.DEFAULT)));
  }

  private static Rendered render(MessageTemplate template, Map<String, String> parameters) {
    TemplateKey key = template.key();
    TemplateText subjectText;
    TemplateText body;
    try {
      subjectText = TemplateText.parse(template.subject());
      body = TemplateText.parse(template.body());
    } catch (TemplateSyntaxException e) {
      throw new NotificationRejectedException("template " + key + " is broken: " + e.getMessage());
    }
    Set<String> missing = new LinkedHashSet<>(subjectText.placeholders());
    missing.addAll(body.placeholders());
    missing.removeAll(parameters.keySet());
    if (!missing.isEmpty()) {
      throw new NotificationRejectedException(
          "template "
              + key
              + " needs "
              + missing.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))
              + ", which the request lacks");
    }
    // A subject is one header line: a parameter must not break it.
    String subject = subjectText.render(parameters, v -> v.replaceAll("[\r\n]+", " "));
    String text = body.render(parameters);
    if (text.length() > MAX_RENDERED_BODY || subject.length() > 200) {
      throw new NotificationRejectedException(
          "template " + key + " filled with the request's parameters is too long");
    }
    String used = null;
    if (key.channel() == NotificationChannel.SMS) {
      Map<String, String> values = new LinkedHashMap<>();
      body.placeholders().forEach(n -> values.put(n, parameters.get(n)));
      used = TemplateParameters.format(values);
    }
    return new Rendered(key.channel(), subject, text, used);
  }

  private record Rendered(
      NotificationChannel channel, String subject, String body, String templateParameters) {

    NewDelivery to(String recipientKey, String accountId, String address) {
      return new NewDelivery(
          channel, recipientKey, accountId, address, subject, body, templateParameters);
    }
  }
}
