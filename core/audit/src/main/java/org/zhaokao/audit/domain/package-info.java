/**
 * The audit trail (审计日志) as plain Java: the stored event, its canonical form and hash, the chain's
 * own record, the verifier's walk, the retention rule and the auditors' filter. No container, no
 * SQL: everything here is tested without a server.
 */
package org.zhaokao.audit.domain;
