package org.zhaokao.plugins.api.audit;

/** How the audited action ended (操作结果). */
public enum AuditResult {
  /** The action was carried out. */
  SUCCESS,
  /** The actor was not allowed to do it (an authorisation failure). */
  DENIED,
  /** The action was tried and did not complete (wrong password, invalid input, an error). */
  FAILED
}
