package org.zhaokao.notification.domain.template;

import java.util.Locale;
import java.util.Objects;
import org.zhaokao.plugins.api.NotificationChannel;
import org.zhaokao.plugins.api.SupportedLocales;

/**
 * Which template: event type, channel and language tag ({@code zh-CN} or {@code en}).
 *
 * @param eventType the event
 * @param channel the channel
 * @param locale the BCP 47 tag of a supported locale
 */
public record TemplateKey(String eventType, NotificationChannel channel, String locale) {

  public TemplateKey {
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(locale, "locale");
  }

  /** The key for a locale, normalised to a supported one. */
  public static TemplateKey of(String eventType, NotificationChannel channel, Locale locale) {
    return new TemplateKey(eventType, channel, tag(locale));
  }

  /**
   * The tag of the supported locale {@code locale} stands for.
   *
   * @throws IllegalArgumentException if it is neither Chinese nor English
   */
  public static String tag(Locale locale) {
    return SupportedLocales.match(locale.toLanguageTag())
        .orElseThrow(
            () -> new IllegalArgumentException("language must be zh-CN or en, got " + locale))
        .toLanguageTag();
  }

  @Override
  public String toString() {
    return eventType + "/" + channel + "/" + locale;
  }
}
