package org.zhaokao.notification.application.inbox;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.zhaokao.notification.domain.delivery.Deliveries;
import org.zhaokao.notification.domain.delivery.Delivery;
import org.zhaokao.plugins.api.NotificationChannel;

/**
 * The in-site inbox (站内信) of an account. Callers pass the account: staff screens today, the
 * candidate's own session once login exists; this service never decides whose inbox is asked for.
 */
@Stateless
public class Inbox {

  @Inject private Deliveries deliveries;

  /**
   * A page of {@code accountId}'s messages.
   *
   * @throws IllegalArgumentException if the page is out of range
   */
  public InboxPage page(String accountId, boolean unreadOnly, int page, int size) {
    if (page < 0 || size < 1 || size > 200) {
      throw new IllegalArgumentException("page must be 0 or more and size 1 to 200");
    }
    return new InboxPage(
        deliveries.unread(accountId),
        deliveries.inbox(accountId, unreadOnly, page * size, size).stream()
            .map(InboxMessage::of)
            .toList());
  }

  /**
   * Marks a message read.
   *
   * @return false if the account has no such message
   */
  public boolean markRead(String accountId, String messageId) {
    return deliveries
        .find(messageId)
        .filter(d -> d.channel() == NotificationChannel.INBOX)
        .filter(d -> accountId.equals(d.accountId()))
        .map(
            (Delivery d) -> {
              d.read(OffsetDateTime.now(ZoneOffset.UTC));
              return true;
            })
        .orElse(false);
  }
}
