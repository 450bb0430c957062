package org.zhaokao.identity.application.retention;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.zhaokao.identity.domain.claim.IdentityClaim;
import org.zhaokao.identity.domain.claim.IdentityClaims;
import org.zhaokao.identity.domain.code.VerificationCodes;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;

/**
 * One batch of the claim-evidence purge in a transaction of its own: the photos of up to {@code
 * size} claims decided before the cutoff are deleted, their statements blanked, and each claim gets
 * an {@code identity-claim.evidence.purged} audit entry, all or nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ClaimPurgeBatch {

  @Inject private IdentityClaims claims;
  @Inject private VerificationCodes codes;
  @EJB private AuditLog audit;

  /**
   * What one batch did.
   *
   * @param purged claims whose evidence went
   * @param full whether the batch took as many claims as it may, so more may remain
   */
  public record Result(int purged, boolean full) {}

  /** Deletes the claim codes sent before {@code before}; returns how many. */
  public int claimCodes(OffsetDateTime before) {
    return codes.removeClaimCodes(before);
  }

  /**
   * @param by who runs the purge: the system's timer, or the staff member who asked
   * @param trigger {@code schedule} or {@code staff}
   */
  public Result next(OffsetDateTime cutoff, int size, AuditActor by, String trigger) {
    OffsetDateTime now = OffsetDateTime.now(cutoff.getOffset());
    List<IdentityClaim> due = claims.evidenceDue(cutoff, size);
    int purged = 0;
    for (IdentityClaim c : due) {
      claims.removeEvidence(c.id());
      if (c.purgeEvidence(now)) {
        purged++;
        audit.record(
            AuditEntry.builder("identity-claim.evidence.purged", by)
                .target("identity-claim", String.valueOf(c.id()))
                .detail("decidedAt", c.decidedAt().orElseThrow().toString())
                .detail("status", c.status().name())
                .detail("trigger", trigger)
                .build());
      }
    }
    return new Result(purged, due.size() == size);
  }
}
