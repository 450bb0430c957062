package org.zhaokao.notification.domain.delivery;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.zhaokao.notification.domain.retention.PurgedRows;
import org.zhaokao.plugins.api.NotificationChannel;

/** Repository of {@link Delivery} rows, the outbox's working set. Callers bring the transaction. */
public interface Deliveries {

  Optional<Delivery> find(String id);

  /** Ids of pending deliveries due by {@code now}, earliest first. */
  List<String> due(OffsetDateTime now, int limit);

  /** When the next pending delivery falls due, if any is pending. */
  Optional<OffsetDateTime> nextDue();

  /**
   * Claims a due pending delivery for one attempt: counts the attempt and leases it until {@code
   * leaseUntil}.
   *
   * @return false if someone else claimed it first or it is no longer pending
   */
  boolean claim(String id, OffsetDateTime now, OffsetDateTime leaseUntil);

  /** Sends claimed deliveries whose worker died back to pending. @return how many */
  int releaseExpiredLeases(OffsetDateTime now);

  /** Deliveries sent to {@code recipientKey} on {@code channel} since {@code since}. */
  long sentSince(String recipientKey, NotificationChannel channel, OffsetDateTime since);

  /** The oldest send to the recipient on the channel since {@code since}, for rate limiting. */
  Optional<OffsetDateTime> oldestSentSince(
      String recipientKey, NotificationChannel channel, OffsetDateTime since);

  /** Moves a pending delivery's due time without counting an attempt. */
  void postpone(String id, OffsetDateTime until, String reason);

  /** The log: deliveries matching {@code query}, newest first. */
  List<Delivery> search(DeliveryQuery query);

  /** An account's in-site messages, newest first. */
  List<Delivery> inbox(String accountId, boolean unreadOnly, int offset, int limit);

  long unread(String accountId);

  /**
   * Ids of finished deliveries ({@code SENT} or {@code FAILED}) created before {@code cutoff},
   * oldest first; unread in-site messages are never among them.
   */
  List<String> purgeable(OffsetDateTime cutoff, int limit);

  /**
   * Deletes those of {@code ids} that are still purgeable (not resent or unread meanwhile), then
   * the notification requests left without any delivery.
   */
  PurgedRows purge(List<String> ids);
}
