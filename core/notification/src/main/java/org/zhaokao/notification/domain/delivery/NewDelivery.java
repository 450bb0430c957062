package org.zhaokao.notification.domain.delivery;

import org.zhaokao.plugins.api.NotificationChannel;

/**
 * A delivery about to be queued: the row {@link Outbox#queue} inserts unless the key already holds
 * the same recipient and channel.
 *
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
    NotificationChannel channel,
    String recipientKey,
    String accountId,
    String address,
    String subject,
    String body,
    String templateParameters) {}
