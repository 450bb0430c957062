package org.zhaokao.notification.application.log;

import java.util.Locale;
import java.util.Optional;
import org.zhaokao.notification.domain.delivery.DeliveryQuery;
import org.zhaokao.notification.domain.delivery.DeliveryStatus;
import org.zhaokao.plugins.api.NotificationChannel;

/**
 * What staff filter the delivery log by; blank fields are not filters.
 *
 * @param accountId a recipient's account
 * @param address a recipient's e-mail address or mobile number, as typed
 * @param eventType an event
 * @param idempotencyKey a request's key
 * @param channel INBOX, EMAIL or SMS
 * @param status PENDING, SENDING, SENT or FAILED
 * @param page page number from 0
 * @param size rows per page, 1 to 500
 */
public record DeliveryFilter(
    String accountId,
    String address,
    String eventType,
    String idempotencyKey,
    String channel,
    String status,
    int page,
    int size) {

  /**
   * @throws IllegalArgumentException naming a channel, status or page that is not one
   */
  public DeliveryFilter {
    if (page < 0 || size < 1 || size > 500) {
      throw new IllegalArgumentException("page must be 0 or more and size 1 to 500");
    }
    given(channel).ifPresent(c -> parse(NotificationChannel.class, "channel", c));
    given(status).ifPresent(s -> parse(DeliveryStatus.class, "status", s));
  }

  /** The query this filter asks for. */
  DeliveryQuery toQuery() {
    return new DeliveryQuery(
        given(accountId),
        given(address).map(DeliveryFilter::recipientKey),
        given(eventType),
        given(idempotencyKey),
        given(channel).map(c -> parse(NotificationChannel.class, "channel", c)),
        given(status).map(s -> parse(DeliveryStatus.class, "status", s)),
        page * size,
        size);
  }

  /** An address as the outbox keys it: e-mail lower-cased, mobile without spaces and +86. */
  static String recipientKey(String address) {
    String a = address.strip();
    if (a.indexOf('@') >= 0) {
      return a.toLowerCase(Locale.ROOT);
    }
    String digits = a.replaceAll("[\\s-]", "");
    return digits.startsWith("+86") ? digits.substring(3) : digits;
  }

  private static Optional<String> given(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String what, String value) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown " + what + " '" + value + "'; one of " + java.util.EnumSet.allOf(type));
    }
  }
}
