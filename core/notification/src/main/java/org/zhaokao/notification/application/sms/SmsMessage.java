package org.zhaokao.notification.application.sms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One SMS to send.
 *
 * @param deliveryId the delivery, passed to providers as their de-duplication reference
 * @param eventType the event, to pick a provider-side template
 * @param mobile the number, as the candidate gave it (mainland 11 digits, optionally +86, or E.164)
 * @param text the rendered text
 * @param templateParameters the values the text was filled with, for providers that render
 *     themselves from a registered template
 */
public record SmsMessage(
    String deliveryId,
    String eventType,
    String mobile,
    String text,
    Map<String, String> templateParameters) {

  public SmsMessage {
    // Kept in the template's order: providers show parameters as sent.
    templateParameters = Collections.unmodifiableMap(new LinkedHashMap<>(templateParameters));
  }
}
