package org.zhaokao.audit.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import org.zhaokao.audit.domain.ChainBreak;
import org.zhaokao.audit.domain.Verification;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.audit.AuditResult;

/** Checks the trail's hash chain for auditors (审计链校验): REST, console, and the retention job. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditVerifier {

  @EJB private ChainKeeper keeper;
  @EJB private ChainTransactions chain;
  @EJB private AuditLog audit;

  /**
   * Links what has been committed so far, so the report covers everything recorded before the
   * request, then walks the chain from {@code fromPosition} (from the anchor when null). A break is
   * itself recorded ({@code audit.chain.broken}), so the alarm stays in the trail after the report
   * is closed.
   */
  public Verification verify(Long fromPosition) {
    keeper.linkPending();
    Verification report = chain.verify(fromPosition, Instant.now());
    report.brokenAt().ifPresent(this::recordBreak);
    return report;
  }

  private void recordBreak(ChainBreak broken) {
    AuditEntry.Builder entry =
        AuditEntry.builder("audit.chain.broken", AuditActor.system())
            .target("audit-chain", "1")
            .result(AuditResult.FAILED)
            .detail("kind", broken.kind().name())
            .detail("position", Long.toString(broken.position()));
    if (broken.eventId() != null) {
      entry.detail("eventId", broken.eventId().toString());
    }
    audit.record(entry.build());
  }
}
