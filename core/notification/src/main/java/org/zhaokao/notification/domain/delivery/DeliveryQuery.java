package org.zhaokao.notification.domain.delivery;

import java.util.Optional;
import org.zhaokao.plugins.api.NotificationChannel;

/**
 * A filter of the delivery log (投递记录): by recipient (account, or address as typed), by event or
 * key, by channel and status; paged.
 *
 * @param accountId deliveries to this account
 * @param recipientKey deliveries to this address (normalised like {@link NewDelivery#recipientKey})
 * @param eventType deliveries of this event
 * @param idempotencyKey deliveries of the requests under this key
 * @param channel deliveries on this channel
 * @param status deliveries in this state
 * @param offset rows to skip
 * @param limit rows to return
 */
public record DeliveryQuery(
    Optional<String> accountId,
    Optional<String> recipientKey,
    Optional<String> eventType,
    Optional<String> idempotencyKey,
    Optional<NotificationChannel> channel,
    Optional<DeliveryStatus> status,
    int offset,
    int limit) {

  public DeliveryQuery {
    if (offset < 0 || limit < 1 || limit > 500) {
      throw new IllegalArgumentException("page size must be 1 to 500 and the offset not negative");
    }
  }
}
