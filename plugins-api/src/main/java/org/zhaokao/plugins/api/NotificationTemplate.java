package org.zhaokao.plugins.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A default notification template a plugin brings for one of its events. Content editors may
 * override it in the core; the plugin's version is the fallback.
 *
 * <p>Placeholders are written {@code ${name}} and filled from the parameters the event carries.
 *
 * @param eventType the event, namespaced by the stage ({@code interview.notice})
 * @param channel where the text is sent
 * @param locale the language of the text
 * @param subject subject line (email) or title (inbox); ignored for SMS
 * @param body the text
 */
public record NotificationTemplate(
    String eventType, NotificationChannel channel, Locale locale, String subject, String body) {

  public NotificationTemplate {
    StageDescriptor.requireText(eventType, "eventType");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(subject, "subject");
    StageDescriptor.requireText(body, "body");
  }
}
