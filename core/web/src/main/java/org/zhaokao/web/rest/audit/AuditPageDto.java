package org.zhaokao.web.rest.audit;

import java.util.List;
import org.zhaokao.audit.domain.AuditPage;

/**
 * A page of audit rows.
 *
 * @param page page number, from 0
 * @param size page size asked for
 * @param total rows that match in all
 * @param items the rows, newest first
 */
public record AuditPageDto(int page, int size, long total, List<AuditEventDto> items) {

  static AuditPageDto of(AuditPage p) {
    return new AuditPageDto(
        p.page(), p.size(), p.total(), p.items().stream().map(AuditEventDto::of).toList());
  }
}
