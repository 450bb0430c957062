package org.zhaokao.notification.application.retention;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhaokao.notification.application.NotificationGuard;
import org.zhaokao.notification.application.NotificationSettings;
import org.zhaokao.notification.domain.retention.PurgedRows;
import org.zhaokao.notification.domain.retention.RetentionPeriod;
import org.zhaokao.platform.lease.JobLeases;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Keeps the delivery log (投递记录) no longer than the configured retention ({@code
 * zhaokao.notification.retention.days}, 180 by default): once a day it deletes delivered and failed
 * deliveries created before the cutoff, in batches of {@value #BATCH} each committed on its own,
 * and the outbox requests left without deliveries. Pending and sending deliveries are never
 * touched, nor unread in-site messages: a candidate who has not opened a message yet must still
 * find it. Every run is audited ({@code notification.retention.purged}) with its counts, even when
 * it found nothing, so an auditor sees that the job ran. In a cluster the node holding the {@value
 * #JOB} lease runs the daily purge; the others skip it.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryRetention {

  static final int BATCH = 500;

  private static final String ACTION = "notification.retention.purged";

  /** The lease of the daily purge among a cluster's nodes. */
  public static final String JOB = "notification.retention";

  /** Longer than any run and than the timers' spread across nodes, shorter than a day. */
  private static final Duration LEASE = Duration.ofHours(1);

  private static final Logger LOG = Logger.getLogger(DeliveryRetention.class.getName());

  @EJB private PurgeBatch batch;
  @EJB private JobLeases leases;
  @Inject private NotificationGuard guard;

  /**
   * What one purge did.
   *
   * @param cutoff deliveries created before this were purged
   * @param retentionDays the retention applied, or null when staff gave the cutoff itself
   * @param deliveries deliveries deleted
   * @param notifications outbox requests deleted
   */
  public record Run(Instant cutoff, Integer retentionDays, int deliveries, int notifications) {}

  @Schedule(hour = "3", minute = "15", persistent = false, info = "notification-retention")
  void daily() {
    if (!leases.hold(JOB, LEASE)) {
      return;
    }
    try {
      RetentionPeriod period = NotificationSettings.retention();
      Instant cutoff = period.cutoff(Instant.now());
      PurgedRows rows = purge(cutoff);
      guard.record(entry(guard.systemEntry(ACTION), "schedule", cutoff, period.days(), rows));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Notification retention run failed; later batches were not purged", e);
    }
  }

  /**
   * Purges now, for staff: with {@code days} the retention to apply (the configured one when both
   * are null), or with {@code before} the exact cutoff.
   *
   * @throws InvalidInputException for negative days, a cutoff in the future, or both given
   * @throws org.zhaokao.platform.validation.AccessDeniedException without notification:manage
   */
  public Run purgeNow(Actor actor, Integer days, Instant before) {
    guard.requireManage(actor, "notification-log", "deliveries");
    Instant now = Instant.now();
    if (days != null && before != null) {
      throw InvalidInputException.of("days", "exclusive", "Give either days or before, not both");
    }
    if (days != null && days < 0) {
      throw InvalidInputException.of(
          "days", "min", "Retention days must be zero or more, got " + days);
    }
    if (before != null && before.isAfter(now)) {
      throw InvalidInputException.of(
          "before", "past", "The cutoff must not be in the future, got " + before);
    }
    RetentionPeriod period =
        days != null ? new RetentionPeriod(days) : NotificationSettings.retention();
    Integer applied = before == null ? period.days() : null;
    Instant cutoff = before != null ? before : period.cutoff(now);
    PurgedRows rows = purge(cutoff);
    guard.record(entry(guard.entry(actor, ACTION), "staff", cutoff, applied, rows));
    return new Run(cutoff, applied, rows.deliveries(), rows.notifications());
  }

  private PurgedRows purge(Instant cutoff) {
    OffsetDateTime at = OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC);
    PurgedRows total = PurgedRows.NONE;
    PurgeBatch.Result step;
    do {
      step = batch.next(at, BATCH);
      total = total.plus(step.rows());
    } while (step.full() && step.rows().deliveries() > 0);
    PurgedRows done = total;
    LOG.info(
        () ->
            "Notification retention purged "
                + done.deliveries()
                + " deliveries and "
                + done.notifications()
                + " requests created before "
                + cutoff);
    return total;
  }

  private static AuditEntry.Builder entry(
      AuditEntry.Builder entry, String trigger, Instant cutoff, Integer days, PurgedRows rows) {
    return entry
        .target("notification-log", "deliveries")
        .detail("trigger", trigger)
        .detail("cutoff", cutoff.toString())
        .detail("retentionDays", days == null ? "" : days.toString())
        .detail("deliveries", Integer.toString(rows.deliveries()))
        .detail("notifications", Integer.toString(rows.notifications()));
  }
}
