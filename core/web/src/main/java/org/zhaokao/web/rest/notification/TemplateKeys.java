package org.zhaokao.web.rest.notification;

import jakarta.ws.rs.BadRequestException;
import java.util.Locale;
import org.zhaokao.notification.domain.template.TemplateKey;
import org.zhaokao.plugins.api.NotificationChannel;
import org.zhaokao.plugins.api.SupportedLocales;

/** Reads the {@code {eventType}/{channel}/{locale}} of a template's URL. */
final class TemplateKeys {

  private TemplateKeys() {}

  static TemplateKey of(String eventType, String channel, String locale) {
    NotificationChannel c;
    try {
      c = NotificationChannel.valueOf(channel.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("Unknown channel '" + channel + "': use INBOX, EMAIL or SMS");
    }
    Locale l =
        SupportedLocales.match(locale)
            .orElseThrow(
                () ->
                    new BadRequestException("Unknown language '" + locale + "': use zh-CN or en"));
    return TemplateKey.of(eventType, c, l);
  }
}
