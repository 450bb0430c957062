package org.zhaokao.notification.application.delivery;

import org.zhaokao.plugins.api.NotificationChannel;

/** Sends a message on one outgoing channel (e-mail or SMS). */
public interface ChannelSender {

  NotificationChannel channel();

  /**
   * One attempt. Implementations classify failures themselves; an exception they let through counts
   * as worth retrying.
   */
  SendOutcome send(OutgoingMessage message);
}
