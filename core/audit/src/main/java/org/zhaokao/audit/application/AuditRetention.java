package org.zhaokao.audit.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhaokao.audit.domain.RetentionPolicy;
import org.zhaokao.audit.domain.RetentionRefusedException;
import org.zhaokao.platform.lease.JobLeases;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.audit.AuditResult;

/**
 * Keeps the trail no longer than needed and never shorter than allowed (保存期限): every night it
 * purges the chain's prefix older than the configured retention, and records the purge, with the
 * hash of the last purged row that the remaining chain now starts from, as an audit entry of its
 * own ({@code audit.retention.purged}). A retention below three years is refused and recorded. In a
 * cluster the node holding the {@value #JOB} lease runs the nightly purge; the others skip it.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditRetention {

  private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

  /** The lease of the nightly purge among a cluster's nodes. */
  public static final String JOB = "audit.retention";

  /** Longer than any run and than the timers' spread across nodes, shorter than a day. */
  private static final Duration LEASE = Duration.ofHours(1);

  @EJB private ChainKeeper keeper;
  @EJB private AuditLog audit;
  @EJB private JobLeases leases;

  /**
   * What one run did.
   *
   * @param policy the retention applied
   * @param cutoff rows recorded before this could be purged
   * @param purge what was purged, if anything was old enough
   */
  public record Run(
      RetentionPolicy policy, Instant cutoff, Optional<ChainOperations.Purge> purge) {}

  @PostConstruct
  void announce() {
    try {
      LOG.info(() -> "Audit retention: " + RetentionPolicy.configured().days() + " days");
    } catch (RetentionRefusedException e) {
      LOG.severe(e.getMessage());
    }
  }

  @Schedule(hour = "2", minute = "30", persistent = false, info = "audit-retention")
  void nightly() {
    if (!leases.hold(JOB, LEASE)) {
      return;
    }
    try {
      run();
    } catch (RetentionRefusedException e) {
      LOG.severe(e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Audit retention run failed; nothing was purged", e);
    }
  }

  /**
   * Purges what the configured retention allows.
   *
   * @throws RetentionRefusedException if the configured retention is below three years
   */
  public Run run() {
    RetentionPolicy policy;
    try {
      policy = RetentionPolicy.configured();
    } catch (RetentionRefusedException e) {
      audit.record(
          AuditEntry.builder("audit.retention.refused", AuditActor.system())
              .result(AuditResult.FAILED)
              .detail("reason", e.getMessage())
              .build());
      throw e;
    }
    Instant cutoff = policy.cutoff(Instant.now());
    Optional<ChainOperations.Purge> purge = keeper.purge(cutoff);
    purge.ifPresent(p -> recordPurge(p, policy, cutoff));
    return new Run(policy, cutoff, purge);
  }

  private void recordPurge(ChainOperations.Purge p, RetentionPolicy policy, Instant cutoff) {
    LOG.info(
        () ->
            "Audit retention purged "
                + p.rows()
                + " rows through chain position "
                + p.throughPosition()
                + "; new anchor "
                + p.anchorHash());
    audit.record(
        AuditEntry.builder("audit.retention.purged", AuditActor.system())
            .target("audit-chain", "1")
            .detail("rows", Integer.toString(p.rows()))
            .detail("fromPosition", Long.toString(p.fromPosition()))
            .detail("throughPosition", Long.toString(p.throughPosition()))
            .detail("anchorHash", p.anchorHash())
            .detail("cutoff", cutoff.toString())
            .detail("retentionDays", Integer.toString(policy.days()))
            .build());
  }
}
