package org.zhaokao.notification.application.inbox;

import java.time.OffsetDateTime;
import org.zhaokao.notification.domain.delivery.Delivery;

/**
 * One in-site message (站内信).
 *
 * @param id the message
 * @param eventType what it is about
 * @param subject its title
 * @param body its text
 * @param createdAt when it arrived
 * @param readAt when the recipient first read it; null while unread
 */
public record InboxMessage(
    String id,
    String eventType,
    String subject,
    String body,
    OffsetDateTime createdAt,
    OffsetDateTime readAt) {

  static InboxMessage of(Delivery d) {
    return new InboxMessage(
        d.id(), d.eventType(), d.subject(), d.body(), d.createdAt(), d.readAt());
  }
}
