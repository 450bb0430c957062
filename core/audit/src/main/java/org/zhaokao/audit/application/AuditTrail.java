package org.zhaokao.audit.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.util.Objects;
import org.zhaokao.audit.domain.AuditRecord;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.audit.AuditResult;

/**
 * The audit log of the whole platform (审计日志): the one call every core module ({@code @EJB
 * AuditLog}) and every plugin ({@link AuditLog#JNDI_NAME}) records through.
 *
 * <p>Recording is a single insert of an unlinked row: the writer never reads or locks the chain's
 * head, so writers in many transactions do not queue behind one another; {@link ChainKeeper} links
 * the committed rows shortly afterwards.
 */
@Stateless
@Local(AuditLog.class)
@LocalBean
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditTrail implements AuditLog {

  private static final Clock UTC = Clock.systemUTC();

  @EJB private AuditInserts inserts;

  /**
   * Stores the entry. A success joins the caller's transaction, so it exists exactly when the
   * change does; a denial or failure is stored in a transaction of its own, because the caller's
   * usually rolls back and the attempt must stay on record.
   */
  @Override
  public void record(AuditEntry entry) {
    Objects.requireNonNull(entry, "entry");
    AuditRecord row = AuditRecord.of(entry, UTC.instant());
    if (entry.result() == AuditResult.SUCCESS) {
      inserts.joining(row);
    } else {
      inserts.alone(row);
    }
  }
}
