package org.zhaokao.notification.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.zhaokao.notification.domain.delivery.DeliveryStatus;
import org.zhaokao.notification.domain.delivery.NewDelivery;
import org.zhaokao.notification.domain.delivery.Notification;
import org.zhaokao.notification.domain.delivery.Outbox;
import org.zhaokao.plugins.api.NotificationChannel;

/**
 * {@link Outbox} in plain JDBC on the JTA datasource, so each write is enlisted in the caller's
 * transaction.
 *
 * <p>JDBC rather than JPA for two reasons: {@code ON CONFLICT DO NOTHING} (PostgreSQL, and H2 in
 * PostgreSQL mode) skips a duplicate without an error, where a unique-constraint violation would
 * mark the caller's whole transaction rollback-only, and a repeated notification must not undo the
 * state change that asked for it; and typed nulls, which native JPA queries do not bind portably.
 */
@ApplicationScoped
public class JdbcOutbox implements Outbox {

  private static final String NOTIFICATION =
      "INSERT INTO core_notification (id, event_type, idempotency_key, locale, created_at)"
          + " VALUES (?, ?, ?, ?, ?)";

  private static final String DELIVERY =
      "INSERT INTO core_notification_delivery (id, notification_id, event_type, idempotency_key,"
          + " channel, recipient_key, account_id, address, locale, subject, body,"
          + " template_parameters, status, attempts, next_attempt_at, created_at, sent_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?) ON CONFLICT DO NOTHING";

  @Resource(lookup = "java:jboss/datasources/ZhaokaoDS")
  private DataSource dataSource;

  @Override
  public void add(Notification n) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(NOTIFICATION)) {
      s.setString(1, n.id());
      s.setString(2, n.eventType());
      s.setString(3, n.idempotencyKey());
      s.setString(4, n.locale());
      s.setObject(5, n.createdAt());
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not store notification " + n.id(), e);
    }
  }

  @Override
  public List<NewDelivery> queue(Notification n, List<NewDelivery> deliveries, OffsetDateTime now) {
    // One statement for the whole request: a publication to a thousand candidates is thousands of
    // rows, and the statement, not the connection, is what each row should cost.
    List<NewDelivery> inserted = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(DELIVERY)) {
      for (NewDelivery d : deliveries) {
        boolean inbox = d.channel() == NotificationChannel.INBOX;
        s.setString(1, UUID.randomUUID().toString());
        s.setString(2, n.id());
        s.setString(3, n.eventType());
        s.setString(4, n.idempotencyKey());
        s.setString(5, d.channel().name());
        s.setString(6, d.recipientKey());
        s.setString(7, d.accountId());
        s.setString(8, d.address());
        s.setString(9, n.locale());
        s.setString(10, d.subject());
        s.setString(11, d.body());
        s.setString(12, d.templateParameters());
        s.setString(13, (inbox ? DeliveryStatus.SENT : DeliveryStatus.PENDING).name());
        setTime(s, 14, inbox ? null : now);
        s.setObject(15, now);
        setTime(s, 16, inbox ? now : null);
        if (s.executeUpdate() == 1) {
          inserted.add(d);
        }
      }
      return inserted;
    } catch (SQLException e) {
      throw new IllegalStateException("could not queue deliveries of notification " + n.id(), e);
    }
  }

  @Override
  public void discard(Notification n) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("DELETE FROM core_notification WHERE id = ?")) {
      s.setString(1, n.id());
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not discard notification " + n.id(), e);
    }
  }

  private static void setTime(PreparedStatement s, int index, OffsetDateTime value)
      throws SQLException {
    if (value == null) {
      s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      s.setObject(index, value);
    }
  }
}
