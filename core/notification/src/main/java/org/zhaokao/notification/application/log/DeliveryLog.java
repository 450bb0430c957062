package org.zhaokao.notification.application.log;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.zhaokao.notification.application.NotificationGuard;
import org.zhaokao.notification.application.delivery.DeliverySignal;
import org.zhaokao.notification.domain.delivery.Deliveries;
import org.zhaokao.notification.domain.delivery.Delivery;
import org.zhaokao.plugins.api.security.Actor;

/**
 * The delivery log staff read (投递记录), per recipient or per event, and the resend action, which is
 * audited ({@code notification.delivery.resent}) with the address masked.
 */
@Stateless
public class DeliveryLog {

  /** How a resend request ended. */
  public enum Resend {
    QUEUED,
    NOT_FOUND,
    NOT_FAILED
  }

  @Inject private Deliveries deliveries;
  @Inject private DeliverySignal signal;
  @Inject private NotificationGuard guard;
  @Resource private TransactionSynchronizationRegistry transactions;

  /**
   * Deliveries matching the filter, newest first, addresses masked.
   *
   * @throws IllegalArgumentException if the filter names an unknown channel or status
   */
  public List<DeliveryView> search(DeliveryFilter filter) {
    return deliveries.search(filter.toQuery()).stream().map(DeliveryView::of).toList();
  }

  public Optional<DeliveryView> find(String id) {
    return deliveries.find(id).map(DeliveryView::of);
  }

  /**
   * Sends a dead-lettered delivery again with a fresh round of attempts, and records who did.
   *
   * @throws org.zhaokao.platform.validation.AccessDeniedException without notification:manage
   */
  public Resend resend(Actor actor, String id) {
    guard.requireManage(actor, "notification-delivery", id);
    Optional<Delivery> found = deliveries.find(id);
    if (found.isEmpty()) {
      return Resend.NOT_FOUND;
    }
    if (!found.get().resend(OffsetDateTime.now(ZoneOffset.UTC))) {
      return Resend.NOT_FAILED;
    }
    Delivery d = found.get();
    guard.record(
        guard
            .entry(actor, "notification.delivery.resent")
            .target("notification-delivery", id)
            .detail("eventType", d.eventType())
            .detail("channel", d.channel().name())
            .detail("address", NotificationGuard.masked(d.channel(), d.address()))
            .detail("accountId", d.accountId() == null ? "" : d.accountId())
            .detail("previousError", cut(d.lastError())));
    transactions.registerInterposedSynchronization(signal.afterCommit());
    return Resend.QUEUED;
  }

  private static String cut(String error) {
    return error == null ? "" : error.length() > 500 ? error.substring(0, 500) : error;
  }
}
