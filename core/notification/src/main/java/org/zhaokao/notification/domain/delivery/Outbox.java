package org.zhaokao.notification.domain.delivery;

import java.time.OffsetDateTime;

/**
 * Writes requests into the outbox (发件箱) inside the caller's transaction: what is written here
 * becomes visible to the delivery worker only when that transaction commits.
 */
public interface Outbox {

  void add(Notification notification);

  /**
   * Inserts {@code delivery} for {@code notification} unless its key already holds the recipient on
   * that channel. The in-site inbox is delivered by the insert itself.
   *
   * @return whether a row was inserted
   */
  boolean queue(Notification notification, NewDelivery delivery, OffsetDateTime now);

  /** Removes a notification none of whose deliveries was new. */
  void discard(Notification notification);
}
