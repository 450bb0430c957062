package org.zhaokao.notification.domain.delivery;

/** Where a delivery (投递) stands. */
public enum DeliveryStatus {
  /** Waiting for its next attempt (due at {@code next_attempt_at}). */
  PENDING,
  /** Claimed by a worker that is sending it now; released again if the worker dies. */
  SENDING,
  /** Handed to the mail server or SMS gateway, or placed in the inbox. */
  SENT,
  /** Dead-lettered: a permanent error, or retries exhausted. Staff may resend it. */
  FAILED
}
