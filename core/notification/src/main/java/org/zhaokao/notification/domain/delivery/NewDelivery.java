package org.zhaokao.notification.domain.delivery;

import java.util.UUID;
import org.zhaokao.plugins.api.NotificationChannel;

/**
 * A delivery about to be queued: the row {@link Deliveries#queue} inserts unless the key already
 * holds the same recipient and channel.
 *
 * @param id new id
 * @param channel the channel
 * @param recipientKey the recipient on that channel: {@code account:<id>}, the lower-cased e-mail
 *     address or the mobile number
 * @param accountId the account, if known
 * @param address the e-mail address or mobile number (none for the inbox)
 * @param subject rendered subject (empty for SMS)
 * @param body rendered body
 * @param templateParameters JSON of the parameters the SMS template uses, for gateways that send by
 *     template code (Aliyun); null otherwise
 */
public record NewDelivery(
    String id,
    NotificationChannel channel,
    String recipientKey,
    String accountId,
    String address,
    String subject,
    String body,
    String templateParameters) {

  public static NewDelivery of(
      NotificationChannel channel,
      String recipientKey,
      String accountId,
      String address,
      String subject,
      String body,
      String templateParameters) {
    return new NewDelivery(
        UUID.randomUUID().toString(),
        channel,
        recipientKey,
        accountId,
        address,
        subject,
        body,
        templateParameters);
  }
}
