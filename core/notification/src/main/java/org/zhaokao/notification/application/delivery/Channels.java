package org.zhaokao.notification.application.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Hands a message to the sender of its channel. */
@ApplicationScoped
public class Channels {

  private static final Logger LOG = Logger.getLogger(Channels.class.getName());

  @Inject @Any private Instance<ChannelSender> senders;

  public SendOutcome send(OutgoingMessage message) {
    for (ChannelSender sender : senders) {
      if (sender.channel() == message.channel()) {
        try {
          return sender.send(message);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Delivery " + message.deliveryId() + " failed unexpectedly", e);
          return SendOutcome.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
      }
    }
    return SendOutcome.permanent("no sender for channel " + message.channel());
  }
}
