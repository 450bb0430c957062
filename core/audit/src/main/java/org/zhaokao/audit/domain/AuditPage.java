package org.zhaokao.audit.domain;

import java.util.List;

/**
 * One page of an auditor's query.
 *
 * @param items the rows, newest first
 * @param total how many rows match in all
 * @param page the page number, from 0
 * @param size the page size asked for
 */
public record AuditPage(List<AuditRecord> items, long total, int page, int size) {

  public AuditPage {
    items = List.copyOf(items);
  }
}
