package org.zhaokao.notification.application.log;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.zhaokao.notification.application.delivery.DeliverySignal;
import org.zhaokao.notification.domain.delivery.Deliveries;
import org.zhaokao.notification.domain.delivery.Delivery;

/** The delivery log staff read (投递记录), per recipient or per event, and the resend action. */
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

  /** Sends a dead-lettered delivery again with a fresh round of attempts. */
  public Resend resend(String id) {
    Optional<Delivery> found = deliveries.find(id);
    if (found.isEmpty()) {
      return Resend.NOT_FOUND;
    }
    if (!found.get().resend(OffsetDateTime.now(ZoneOffset.UTC))) {
      return Resend.NOT_FAILED;
    }
    transactions.registerInterposedSynchronization(signal.afterCommit());
    return Resend.QUEUED;
  }
}
