package org.zhaokao.plugins.api;

/**
 * The ways a notification reaches a person. The in-site inbox (站内信) always receives every
 * notification.
 */
public enum NotificationChannel {
  /** In-site inbox, 站内信. */
  INBOX,
  EMAIL,
  SMS
}
