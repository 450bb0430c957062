/**
 * The audit trail's use cases and its one entry point, {@link
 * org.zhaokao.audit.application.AuditTrail} (the {@link org.zhaokao.plugins.api.audit.AuditLog} of
 * the whole platform), the chain keeper that links rows after they commit, the verifier, the
 * auditors' queries and the retention job.
 */
package org.zhaokao.audit.application;
