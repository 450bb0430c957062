package org.zhaokao.notification.application.delivery;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.zhaokao.plugins.api.NotificationChannel;

/**
 * A claimed delivery on its way to a channel.
 *
 * @param deliveryId the delivery, also sent to gateways as their idempotency reference
 * @param eventType the event
 * @param channel e-mail or SMS
 * @param address the e-mail address or mobile number
 * @param locale the language of the text
 * @param subject rendered subject (e-mail)
 * @param body rendered text
 * @param templateParameters the parameters the SMS template uses, for gateways that send by
 *     template code
 */
public record OutgoingMessage(
    String deliveryId,
    String eventType,
    NotificationChannel channel,
    String address,
    Locale locale,
    String subject,
    String body,
    Map<String, String> templateParameters) {

  public OutgoingMessage {
    // Kept in the template's order: providers show parameters as sent.
    templateParameters = Collections.unmodifiableMap(new LinkedHashMap<>(templateParameters));
  }
}
