package org.zhaokao.notification.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.zhaokao.notification.application.delivery.DeliverySignal;
import org.zhaokao.notification.domain.delivery.NewDelivery;
import org.zhaokao.notification.domain.delivery.Notification;
import org.zhaokao.notification.domain.delivery.Outbox;
import org.zhaokao.notification.domain.template.EventTypes;
import org.zhaokao.notification.domain.template.MessageTemplates;
import org.zhaokao.notification.domain.template.TemplateKey;
import org.zhaokao.plugins.api.NotificationChannel;
import org.zhaokao.plugins.api.notify.NotificationReceipt;
import org.zhaokao.plugins.api.notify.NotificationRejectedException;
import org.zhaokao.plugins.api.notify.NotificationRequest;
import org.zhaokao.plugins.api.notify.Notifier;
import org.zhaokao.plugins.api.notify.Recipient;

/**
 * The {@link Notifier} of the SPI (通知服务): writes the request into the outbox inside the caller's
 * transaction and wakes the delivery worker once that transaction commits.
 *
 * <p>Why an outbox rather than a JMS send in the same transaction: the outbox rows are the delivery
 * log, the inbox and the de-duplication record at once (one unique key on (idempotency key,
 * recipient, channel)); they commit atomically with the caller's own writes on the one datasource
 * without two-phase commit between the database and the broker; and deliveries that are due survive
 * a restart without anything else to recover.
 */
@Stateless
@Local(Notifier.class)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class NotifierBean implements Notifier {

  @Inject private EventTypes events;
  @Inject private MessageTemplates templates;
  @Inject private Outbox outbox;
  @Inject private DeliverySignal signal;
  @Resource private TransactionSynchronizationRegistry transactions;
  @Inject private Instance<ContactDirectory> directory;

  @Override
  public NotificationReceipt notify(NotificationRequest request) {
    if (request == null) {
      throw new NotificationRejectedException("no request");
    }
    if (events.find(request.eventType()).isEmpty()) {
      throw new NotificationRejectedException(
          "unknown event type '" + request.eventType() + "': no templates are registered for it");
    }
    List<NewDelivery> planned =
        new DeliveryPlanner(templates::find).plan(withDirectoryContacts(request));
    if (planned.isEmpty()) {
      throw new NotificationRejectedException(
          "the request reaches nobody: event "
              + request.eventType()
              + " has no template for any channel its recipients can be reached on");
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Notification notification =
        new Notification(
            request.eventType(), request.idempotencyKey(), TemplateKey.tag(request.locale()), now);
    outbox.add(notification);
    List<NewDelivery> queued = outbox.queue(notification, planned, now);
    if (queued.isEmpty()) {
      outbox.discard(notification);
      return new NotificationReceipt("", 0, planned.size());
    }
    if (queued.stream().anyMatch(d -> d.channel() != NotificationChannel.INBOX)) {
      transactions.registerInterposedSynchronization(signal.afterCommit());
    }
    return new NotificationReceipt(
        notification.id(), queued.size(), planned.size() - queued.size());
  }

  /**
   * Adds the opted-in addresses of recipients named by account alone, so a use case can notify "the
   * candidate" without handling their contact data.
   */
  private NotificationRequest withDirectoryContacts(NotificationRequest request) {
    if (directory.isUnsatisfied()
        || request.recipients().stream()
            .noneMatch(
                r -> r.accountId().isPresent() && r.email().isEmpty() && r.mobile().isEmpty())) {
      return request;
    }
    List<Recipient> recipients = new ArrayList<>();
    for (Recipient r : request.recipients()) {
      if (r.accountId().isPresent() && r.email().isEmpty() && r.mobile().isEmpty()) {
        ContactDirectory.Contacts c = directory.get().of(r.accountId().get());
        Recipient enriched = r;
        if (c.email().isPresent()) {
          enriched = enriched.withEmail(c.email().get());
        }
        if (c.mobile().isPresent()) {
          enriched = enriched.withMobile(c.mobile().get());
        }
        recipients.add(enriched);
      } else {
        recipients.add(r);
      }
    }
    return request.withRecipients(recipients);
  }
}
