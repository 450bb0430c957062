package org.zhaokao.plugins.api.notify;

/**
 * What a {@link Notifier#notify} call queued.
 *
 * @param notificationId the id of the stored notification, or empty when every delivery was already
 *     queued by an earlier request with the same idempotency key
 * @param queued deliveries (one per recipient and channel) this call added
 * @param duplicates deliveries this call skipped because the idempotency key already holds them
 */
public record NotificationReceipt(String notificationId, int queued, int duplicates) {

  public NotificationReceipt {
    if (notificationId == null) {
      throw new IllegalArgumentException("notificationId must not be null; use \"\"");
    }
    if (queued < 0 || duplicates < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }
}
