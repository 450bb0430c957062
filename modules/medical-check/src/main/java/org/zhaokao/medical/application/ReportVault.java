package org.zhaokao.medical.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.zhaokao.medical.domain.access.AccessLog;
import org.zhaokao.medical.domain.access.ReportAccess;
import org.zhaokao.medical.domain.report.MedicalReport;
import org.zhaokao.medical.infrastructure.MedicalCheckPlugin;
import org.zhaokao.plugins.api.crypto.SealedBox;
import org.zhaokao.plugins.api.crypto.StageKey;

/**
 * Reports at rest (加密存储): sealed with AES-256-GCM under the stage's master key, bound to their row;
 * every read journaled, a refused one in its own transaction so it stays on record.
 */
@ApplicationScoped
public class ReportVault {

  private final StageKey key = new StageKey(MedicalCheckPlugin.ID);

  @Inject private AccessLog log;

  public byte[] seal(long recordId, int seq, byte[] content) {
    return SealedBox.seal(key.bytes(), content, MedicalReport.binding(recordId, seq));
  }

  /** Opens a report's content and journals the read in the caller's transaction. */
  public byte[] open(MedicalReport report, long accountId, String capacity, String purpose) {
    byte[] content =
        SealedBox.open(
            key.bytes(), report.sealed(), MedicalReport.binding(report.recordId(), report.seq()));
    log.add(new ReportAccess(report.id(), accountId, capacity, purpose, true, Instant.now()));
    return content;
  }

  /** Journals a refused read; kept though the caller rolls back. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void refused(long reportId, long accountId, String purpose) {
    log.add(new ReportAccess(reportId, accountId, "NONE", purpose, false, Instant.now()));
  }
}
