package org.zhaokao.plugins.api.audit;

/**
 * The audit log (审计日志): where every module records authentication events, authorisation failures,
 * views of personal data and state changes. The core's implementation appends each entry to a
 * hash-chained trail (see the core's {@code core/audit} module) that auditors view, export and
 * verify; plugins get it from {@link org.zhaokao.plugins.api.CoreServices#auditLog()} or, in a CDI
 * producer, from {@link org.zhaokao.plugins.api.CoreLookup#auditLog()}.
 *
 * <p>What the core promises:
 *
 * <ul>
 *   <li>The time of an entry is the core's clock in UTC when it records it; callers cannot set it.
 *   <li>An entry whose result is {@link AuditResult#SUCCESS} joins the caller's transaction, when
 *       there is one: it is kept exactly when the change it describes is committed. An entry whose
 *       result is {@link AuditResult#DENIED} or {@link AuditResult#FAILED} is committed on its own,
 *       because the caller's transaction usually rolls back after such an outcome and the trace of
 *       the attempt must survive it.
 *   <li>Recording is cheap: it is one insert and never waits for other writers. The entry is linked
 *       into the hash chain shortly afterwards by the core.
 *   <li>Entries are never changed; they are deleted only by the retention job, and only after the
 *       configured retention period (three years at least).
 * </ul>
 *
 * <p>What the caller promises: nothing in the entry is personal data in clear text. Mask before
 * recording (ID number {@code 110101********1234}, mobile {@code 138****5678}, name {@code 张*})
 * with the platform's masking helper; refer to people and records by id.
 */
public interface AuditLog {

  /** The audit log's global JNDI name. */
  String JNDI_NAME =
      "java:global/zhaokao/zhaokao-audit/AuditTrail!org.zhaokao.plugins.api.audit.AuditLog";

  /**
   * Records one entry.
   *
   * @throws NullPointerException if {@code entry} is null
   */
  void record(AuditEntry entry);
}
