/**
 * The audit log (审计日志) as plugins and the core's own modules write to it: one call, {@link
 * org.zhaokao.plugins.api.audit.AuditLog#record}, with an {@link
 * org.zhaokao.plugins.api.audit.AuditEntry} that says who did what to which record and how it
 * ended.
 *
 * <p>The core keeps the entries in an append-only, hash-chained trail, shows them to auditors and
 * keeps them at least three years. Nothing in an entry may be personal data in clear text: callers
 * mask ID numbers, phone numbers and names before they put them in {@link
 * org.zhaokao.plugins.api.audit.AuditEntry#details()}.
 */
package org.zhaokao.plugins.api.audit;
