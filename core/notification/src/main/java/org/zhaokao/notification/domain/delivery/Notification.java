package org.zhaokao.notification.domain.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A notification request as stored in the outbox (通知), written in the caller's transaction. Its
 * deliveries carry the rendered text, one per recipient and channel.
 */
@Entity
@Table(name = "core_notification")
public class Notification {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "event_type", nullable = false, length = 100)
  private String eventType;

  @Column(name = "idempotency_key", nullable = false, length = 200)
  private String idempotencyKey;

  @Column(nullable = false, length = 10)
  private String locale;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Notification() {}

  public Notification(
      String eventType, String idempotencyKey, String locale, OffsetDateTime createdAt) {
    this.id = UUID.randomUUID().toString();
    this.eventType = eventType;
    this.idempotencyKey = idempotencyKey;
    this.locale = locale;
    this.createdAt = createdAt;
  }

  public String id() {
    return id;
  }

  public String eventType() {
    return eventType;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public String locale() {
    return locale;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
