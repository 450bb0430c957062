package org.zhaokao.notification.domain.delivery;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Writes requests into the outbox (发件箱) inside the caller's transaction: what is written here
 * becomes visible to the delivery worker only when that transaction commits.
 */
public interface Outbox {

  void add(Notification notification);

  /**
   * Inserts the deliveries of {@code notification}, skipping each whose key already holds the
   * recipient on that channel. Inbox deliveries are delivered by the insert itself.
   *
   * @return the deliveries actually inserted
   */
  List<NewDelivery> queue(
      Notification notification, List<NewDelivery> deliveries, OffsetDateTime now);

  /** Removes a notification none of whose deliveries was new. */
  void discard(Notification notification);
}
