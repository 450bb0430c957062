package org.zhaokao.notification.application.delivery;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.zhaokao.notification.application.NotificationSettings;
import org.zhaokao.notification.domain.delivery.Deliveries;
import org.zhaokao.notification.domain.delivery.Delivery;
import org.zhaokao.notification.domain.delivery.DeliveryStatus;
import org.zhaokao.notification.domain.delivery.RetryPolicy;

/**
 * The worker's short transactions on the outbox, each on its own ({@code REQUIRES_NEW}) so nothing
 * is held open while a mail server or gateway is being talked to.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryStore {

  /** How long a claimed delivery stays with its worker before another may take it over. */
  static final Duration LEASE = Duration.ofMinutes(5);

  private static final Duration RATE_WINDOW = Duration.ofHours(1);

  @Inject private Deliveries deliveries;

  public List<String> due(int limit) {
    return deliveries.due(now(), limit);
  }

  public Optional<OffsetDateTime> nextDue() {
    return deliveries.nextDue();
  }

  public int releaseExpiredLeases() {
    return deliveries.releaseExpiredLeases(now());
  }

  /**
   * Claims a due delivery for one attempt, unless the recipient's hourly limit on its channel is
   * reached: then the delivery waits, without counting an attempt, until the limit allows it.
   *
   * @return the message to send, or empty if there is nothing to send now
   */
  public Optional<OutgoingMessage> claim(String id) {
    OffsetDateTime now = now();
    Optional<Delivery> found =
        deliveries.find(id).filter(d -> d.status() == DeliveryStatus.PENDING);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Delivery d = found.get();
    int perHour = NotificationSettings.perHour(d.channel());
    OffsetDateTime windowStart = now.minus(RATE_WINDOW);
    if (deliveries.sentSince(d.recipientKey(), d.channel(), windowStart) >= perHour) {
      OffsetDateTime until =
          deliveries
              .oldestSentSince(d.recipientKey(), d.channel(), windowStart)
              .orElse(now)
              .plus(RATE_WINDOW);
      deliveries.postpone(
          id,
          until,
          "rate limit of "
              + perHour
              + " per hour to this recipient reached; waiting until "
              + until);
      return Optional.empty();
    }
    if (!deliveries.claim(id, now, now.plus(LEASE))) {
      return Optional.empty();
    }
    return Optional.of(
        new OutgoingMessage(
            d.id(),
            d.eventType(),
            d.channel(),
            d.address(),
            Locale.forLanguageTag(d.locale()),
            d.subject(),
            d.body(),
            TemplateParameters.parse(d.templateParameters())));
  }

  /**
   * Records how an attempt ended: sent, due again after the back-off, or dead-lettered.
   *
   * @return when the delivery is due again, if it is
   */
  public Optional<OffsetDateTime> record(String id, SendOutcome outcome) {
    Optional<Delivery> found =
        deliveries.find(id).filter(d -> d.status() == DeliveryStatus.SENDING);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Delivery d = found.get();
    OffsetDateTime now = now();
    RetryPolicy policy = NotificationSettings.retryPolicy();
    switch (outcome.kind()) {
      case SENT -> d.sent(now);
      case PERMANENT -> d.failed(outcome.detail());
      case RETRY -> {
        if (policy.mayRetry(d.attempts())) {
          OffsetDateTime at = now.plus(policy.delayAfter(d.attempts()));
          d.retryAt(at, outcome.detail());
          return Optional.of(at);
        }
        d.failed("gave up after " + d.attempts() + " attempts; last error: " + outcome.detail());
      }
    }
    return Optional.empty();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
