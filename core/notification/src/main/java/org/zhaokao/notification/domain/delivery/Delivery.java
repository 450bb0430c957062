package org.zhaokao.notification.domain.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.zhaokao.plugins.api.NotificationChannel;

/**
 * One message to one recipient on one channel (投递), with its rendered text and its delivery state.
 * An {@link NotificationChannel#INBOX} delivery is the recipient's in-site message (站内信) itself.
 *
 * <p>Rows are inserted by native SQL (so a duplicate is skipped without failing the caller's
 * transaction, see {@code JpaDeliveries}); the entity serves reads and state changes.
 */
@Entity
@Table(name = "core_notification_delivery")
public class Delivery {

  /** Longest stored error text. */
  public static final int MAX_ERROR = 1000;

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "notification_id", nullable = false, length = 36)
  private String notificationId;

  @Column(name = "event_type", nullable = false, length = 100)
  private String eventType;

  @Column(name = "idempotency_key", nullable = false, length = 200)
  private String idempotencyKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private NotificationChannel channel;

  @Column(name = "recipient_key", nullable = false, length = 300)
  private String recipientKey;

  @Column(name = "account_id", length = 64)
  private String accountId;

  @Column(length = 254)
  private String address;

  @Column(nullable = false, length = 10)
  private String locale;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(nullable = false, length = 8000)
  private String body;

  @Column(name = "template_parameters", length = 4000)
  private String templateParameters;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private DeliveryStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private OffsetDateTime nextAttemptAt;

  @Column(name = "lease_until")
  private OffsetDateTime leaseUntil;

  @Column(name = "last_error", length = MAX_ERROR)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  protected Delivery() {}

  /** The attempt succeeded. */
  public void sent(OffsetDateTime at) {
    status = DeliveryStatus.SENT;
    sentAt = at;
    leaseUntil = null;
    nextAttemptAt = null;
  }

  /** The attempt failed but may be repeated at {@code at}. */
  public void retryAt(OffsetDateTime at, String error) {
    status = DeliveryStatus.PENDING;
    nextAttemptAt = at;
    leaseUntil = null;
    lastError = truncate(error);
  }

  /** Dead-lettered: no more automatic attempts. */
  public void failed(String error) {
    status = DeliveryStatus.FAILED;
    nextAttemptAt = null;
    leaseUntil = null;
    lastError = truncate(error);
  }

  /**
   * Staff asked to send a failed delivery again: a fresh round of attempts, due now.
   *
   * @return false if it is not failed
   */
  public boolean resend(OffsetDateTime now) {
    if (status != DeliveryStatus.FAILED) {
      return false;
    }
    status = DeliveryStatus.PENDING;
    attempts = 0;
    nextAttemptAt = now;
    return true;
  }

  /** The recipient opened the inbox message; the first time counts. */
  public void read(OffsetDateTime at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  private static String truncate(String error) {
    String text = error == null ? "" : error;
    return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
  }

  public String id() {
    return id;
  }

  public String notificationId() {
    return notificationId;
  }

  public String eventType() {
    return eventType;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public NotificationChannel channel() {
    return channel;
  }

  public String recipientKey() {
    return recipientKey;
  }

  public String accountId() {
    return accountId;
  }

  public String address() {
    return address;
  }

  public String locale() {
    return locale;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public String templateParameters() {
    return templateParameters;
  }

  public DeliveryStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public OffsetDateTime nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime sentAt() {
    return sentAt;
  }

  public OffsetDateTime readAt() {
    return readAt;
  }
}
