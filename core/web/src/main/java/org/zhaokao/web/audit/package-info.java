/**
 * The audit trail's exports for auditors (审计日志导出): CSV and Excel, written row by row from keyset
 * pages so an export of many rows never sits in memory whole.
 */
package org.zhaokao.web.audit;
