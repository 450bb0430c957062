package org.zhaokao.notification.domain.retention;

/**
 * What a purge removed: finished deliveries, and the outbox requests (通知) left with none.
 *
 * @param deliveries deliveries deleted
 * @param notifications notification requests deleted because no delivery of theirs remained
 */
public record PurgedRows(int deliveries, int notifications) {

  public static final PurgedRows NONE = new PurgedRows(0, 0);

  public PurgedRows plus(PurgedRows other) {
    return new PurgedRows(deliveries + other.deliveries, notifications + other.notifications);
  }
}
