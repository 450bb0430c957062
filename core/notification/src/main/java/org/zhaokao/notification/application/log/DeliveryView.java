package org.zhaokao.notification.application.log;

import java.time.OffsetDateTime;
import org.zhaokao.notification.domain.delivery.AddressMask;
import org.zhaokao.notification.domain.delivery.Delivery;

/**
 * A delivery as staff see it in the log: the address masked, never the text.
 *
 * @param id the delivery
 * @param notificationId the request it belongs to
 * @param eventType the event
 * @param idempotencyKey the request's key
 * @param channel INBOX, EMAIL or SMS
 * @param accountId the recipient's account, if known
 * @param address the masked e-mail address or mobile number
 * @param status PENDING, SENDING, SENT or FAILED
 * @param attempts attempts made in the current round
 * @param lastError what the last failed attempt reported
 * @param createdAt when it was queued
 * @param nextAttemptAt when it is due, while pending
 * @param sentAt when it was sent
 * @param readAt when the recipient read it (inbox)
 */
public record DeliveryView(
    String id,
    String notificationId,
    String eventType,
    String idempotencyKey,
    String channel,
    String accountId,
    String address,
    String status,
    int attempts,
    String lastError,
    OffsetDateTime createdAt,
    OffsetDateTime nextAttemptAt,
    OffsetDateTime sentAt,
    OffsetDateTime readAt) {

  static DeliveryView of(Delivery d) {
    return new DeliveryView(
        d.id(),
        d.notificationId(),
        d.eventType(),
        d.idempotencyKey(),
        d.channel().name(),
        d.accountId(),
        AddressMask.mask(d.address()),
        d.status().name(),
        d.attempts(),
        d.lastError(),
        d.createdAt(),
        d.nextAttemptAt(),
        d.sentAt(),
        d.readAt());
  }
}
