package org.zhaokao.identity.application.retention;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhaokao.identity.application.IdentityChanges;
import org.zhaokao.identity.application.IdentitySettings;
import org.zhaokao.identity.domain.claim.ClaimRetention;
import org.zhaokao.platform.lease.JobLeases;
import org.zhaokao.platform.validation.AccessDeniedException;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Keeps the evidence of decided ID-number claims (身份证号认领材料) no longer than the configured retention
 * ({@code zhaokao.identity.claim.evidenceRetentionDays}, three years by default): once a day the
 * sealed ID-card photos of claims decided before the cutoff are deleted and their statements
 * blanked, in batches of {@value #BATCH} each committed on its own; the claim rows — the decision —
 * stay. Each claim purged gets its own audit entry ({@code identity-claim.evidence.purged}) and
 * every run one more ({@code identity-claim.retention.run}) with its count, even when it found
 * nothing, so an auditor sees that the job ran. In a cluster the node holding the {@value #JOB}
 * lease runs the daily purge; the others skip it.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClaimEvidenceRetention {

  static final int BATCH = 200;

  /** The lease of the daily purge among a cluster's nodes. */
  public static final String JOB = "identity.claim-evidence.retention";

  /** Longer than any run and than the timers' spread across nodes, shorter than a day. */
  private static final Duration LEASE = Duration.ofHours(1);

  private static final Logger LOG = Logger.getLogger(ClaimEvidenceRetention.class.getName());

  @EJB private ClaimPurgeBatch batch;
  @EJB private JobLeases leases;
  @EJB private AuditLog audit;

  /**
   * What one run did.
   *
   * @param cutoff claims decided at or before this lost their evidence
   * @param retentionDays the retention applied
   * @param purged claims whose evidence was purged
   */
  public record Run(OffsetDateTime cutoff, int retentionDays, int purged) {}

  @Schedule(hour = "3", minute = "40", persistent = false, info = "identity-claim-retention")
  void daily() {
    if (!leases.hold(JOB, LEASE)) {
      return;
    }
    try {
      run(AuditActor.system(), "schedule", null, null);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Claim evidence retention failed; later batches were not purged", e);
    }
  }

  /**
   * Purges now what the configured retention allows, for the claims' reviewers.
   *
   * @throws AccessDeniedException without identity:review
   */
  public Run purgeNow(Actor actor) {
    if (!actor.isPermitted(IdentityChanges.REVIEW)) {
      throw new AccessDeniedException("permission " + IdentityChanges.REVIEW + " required");
    }
    return run(AuditActor.of(actor), "staff", actor.clientIp(), actor.userAgent());
  }

  private Run run(AuditActor by, String trigger, String ip, String userAgent) {
    ClaimRetention retention = IdentitySettings.claimRetention();
    OffsetDateTime cutoff = retention.cutoff(OffsetDateTime.now(ZoneOffset.UTC));
    int purged = 0;
    ClaimPurgeBatch.Result step;
    do {
      step = batch.next(cutoff, BATCH, by, trigger);
      purged += step.purged();
    } while (step.full() && step.purged() > 0);
    int total = purged;
    // Claim codes are good for minutes; a day later they only keep a sealed mobile number.
    int codes = batch.claimCodes(OffsetDateTime.now(ZoneOffset.UTC).minusDays(1));
    LOG.info(() -> "Claim evidence retention purged the evidence of " + total + " claims");
    audit.record(
        AuditEntry.builder("identity-claim.retention.run", by)
            .target("identity-claim", "evidence")
            .client(ip, userAgent)
            .detail("trigger", trigger)
            .detail("cutoff", cutoff.toString())
            .detail("retentionDays", Integer.toString(retention.days()))
            .detail("purged", Integer.toString(total))
            .detail("claimCodesRemoved", Integer.toString(codes))
            .build());
    return new Run(cutoff, retention.days(), total);
  }
}
