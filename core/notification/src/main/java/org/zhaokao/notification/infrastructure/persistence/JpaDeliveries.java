package org.zhaokao.notification.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.notification.domain.delivery.Deliveries;
import org.zhaokao.notification.domain.delivery.Delivery;
import org.zhaokao.notification.domain.delivery.DeliveryQuery;
import org.zhaokao.notification.domain.delivery.DeliveryStatus;
import org.zhaokao.notification.domain.retention.PurgedRows;
import org.zhaokao.plugins.api.NotificationChannel;

/** {@link Deliveries} on JPA; callers bring the transaction. */
@ApplicationScoped
public class JpaDeliveries implements Deliveries {

  private static final List<DeliveryStatus> FINISHED =
      List.of(DeliveryStatus.SENT, DeliveryStatus.FAILED);

  /** Finished, and not an in-site message its reader has not opened yet. */
  private static final String PURGEABLE =
      "d.status IN :finished AND (d.channel <> :inbox OR d.readAt IS NOT NULL)";

  @PersistenceContext(unitName = "notification")
  private EntityManager em;

  @Override
  public Optional<Delivery> find(String id) {
    return Optional.ofNullable(em.find(Delivery.class, id));
  }

  @Override
  public List<String> due(OffsetDateTime now, int limit) {
    return em.createQuery(
            "SELECT d.id FROM Delivery d WHERE d.status = :pending AND d.nextAttemptAt <= :now"
                + " ORDER BY d.nextAttemptAt",
            String.class)
        .setParameter("pending", DeliveryStatus.PENDING)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<OffsetDateTime> nextDue() {
    return Optional.ofNullable(
        em.createQuery(
                "SELECT MIN(d.nextAttemptAt) FROM Delivery d WHERE d.status = :pending",
                OffsetDateTime.class)
            .setParameter("pending", DeliveryStatus.PENDING)
            .getSingleResult());
  }

  @Override
  public boolean claim(String id, OffsetDateTime now, OffsetDateTime leaseUntil) {
    return em.createQuery(
                "UPDATE Delivery d SET d.status = :sending, d.attempts = d.attempts + 1,"
                    + " d.leaseUntil = :lease WHERE d.id = :id AND d.status = :pending"
                    + " AND d.nextAttemptAt <= :now")
            .setParameter("sending", DeliveryStatus.SENDING)
            .setParameter("lease", leaseUntil)
            .setParameter("id", id)
            .setParameter("pending", DeliveryStatus.PENDING)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  @Override
  public int releaseExpiredLeases(OffsetDateTime now) {
    return em.createQuery(
            "UPDATE Delivery d SET d.status = :pending, d.leaseUntil = NULL, d.nextAttemptAt = :now"
                + " WHERE d.status = :sending AND d.leaseUntil < :now")
        .setParameter("pending", DeliveryStatus.PENDING)
        .setParameter("sending", DeliveryStatus.SENDING)
        .setParameter("now", now)
        .executeUpdate();
  }

  @Override
  public long sentSince(String recipientKey, NotificationChannel channel, OffsetDateTime since) {
    return em.createQuery(
            "SELECT COUNT(d) FROM Delivery d WHERE d.recipientKey = :key AND d.channel = :channel"
                + " AND d.status = :sent AND d.sentAt >= :since",
            Long.class)
        .setParameter("key", recipientKey)
        .setParameter("channel", channel)
        .setParameter("sent", DeliveryStatus.SENT)
        .setParameter("since", since)
        .getSingleResult();
  }

  @Override
  public Optional<OffsetDateTime> oldestSentSince(
      String recipientKey, NotificationChannel channel, OffsetDateTime since) {
    return Optional.ofNullable(
        em.createQuery(
                "SELECT MIN(d.sentAt) FROM Delivery d WHERE d.recipientKey = :key"
                    + " AND d.channel = :channel AND d.status = :sent AND d.sentAt >= :since",
                OffsetDateTime.class)
            .setParameter("key", recipientKey)
            .setParameter("channel", channel)
            .setParameter("sent", DeliveryStatus.SENT)
            .setParameter("since", since)
            .getSingleResult());
  }

  @Override
  public void postpone(String id, OffsetDateTime until, String reason) {
    em.createQuery(
            "UPDATE Delivery d SET d.nextAttemptAt = :until, d.lastError = :reason"
                + " WHERE d.id = :id AND d.status = :pending")
        .setParameter("until", until)
        .setParameter("reason", reason)
        .setParameter("id", id)
        .setParameter("pending", DeliveryStatus.PENDING)
        .executeUpdate();
  }

  @Override
  public List<Delivery> search(DeliveryQuery q) {
    Map<String, Object> where = new LinkedHashMap<>();
    q.accountId().ifPresent(v -> where.put("accountId", v));
    q.recipientKey().ifPresent(v -> where.put("recipientKey", v));
    q.eventType().ifPresent(v -> where.put("eventType", v));
    q.idempotencyKey().ifPresent(v -> where.put("idempotencyKey", v));
    q.channel().ifPresent(v -> where.put("channel", v));
    q.status().ifPresent(v -> where.put("status", v));
    List<String> conditions = new ArrayList<>();
    where.keySet().forEach(field -> conditions.add("d." + field + " = :" + field));
    TypedQuery<Delivery> query =
        em.createQuery(
            "SELECT d FROM Delivery d"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY d.createdAt DESC, d.id",
            Delivery.class);
    where.forEach(query::setParameter);
    return query.setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList();
  }

  @Override
  public List<Delivery> inbox(String accountId, boolean unreadOnly, int offset, int limit) {
    return em.createQuery(
            "SELECT d FROM Delivery d WHERE d.accountId = :account AND d.channel = :inbox"
                + (unreadOnly ? " AND d.readAt IS NULL" : "")
                + " ORDER BY d.createdAt DESC, d.id",
            Delivery.class)
        .setParameter("account", accountId)
        .setParameter("inbox", NotificationChannel.INBOX)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long unread(String accountId) {
    return em.createQuery(
            "SELECT COUNT(d) FROM Delivery d WHERE d.accountId = :account AND d.channel = :inbox"
                + " AND d.readAt IS NULL",
            Long.class)
        .setParameter("account", accountId)
        .setParameter("inbox", NotificationChannel.INBOX)
        .getSingleResult();
  }

  @Override
  public List<String> purgeable(OffsetDateTime cutoff, int limit) {
    return em.createQuery(
            "SELECT d.id FROM Delivery d WHERE d.createdAt < :cutoff AND "
                + PURGEABLE
                + " ORDER BY d.createdAt",
            String.class)
        .setParameter("cutoff", cutoff)
        .setParameter("finished", FINISHED)
        .setParameter("inbox", NotificationChannel.INBOX)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public PurgedRows purge(List<String> ids) {
    if (ids.isEmpty()) {
      return PurgedRows.NONE;
    }
    List<String> requests =
        em.createQuery(
                "SELECT DISTINCT d.notificationId FROM Delivery d WHERE d.id IN :ids", String.class)
            .setParameter("ids", ids)
            .getResultList();
    int deliveries =
        em.createQuery("DELETE FROM Delivery d WHERE d.id IN :ids AND " + PURGEABLE)
            .setParameter("ids", ids)
            .setParameter("finished", FINISHED)
            .setParameter("inbox", NotificationChannel.INBOX)
            .executeUpdate();
    int notifications =
        em.createQuery(
                "DELETE FROM Notification n WHERE n.id IN :ids AND NOT EXISTS"
                    + " (SELECT d.id FROM Delivery d WHERE d.notificationId = n.id)")
            .setParameter("ids", requests)
            .executeUpdate();
    return new PurgedRows(deliveries, notifications);
  }
}
