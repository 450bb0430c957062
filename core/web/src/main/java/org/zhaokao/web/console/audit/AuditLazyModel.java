package org.zhaokao.web.console.audit;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.zhaokao.audit.application.AuditViewer;
import org.zhaokao.audit.domain.AuditFilter;

/**
 * The console's audit table, loaded a page at a time from the database: the trail is far too large
 * to hand to the table whole. Filtering is the page's own form, not the table's column filters.
 */
final class AuditLazyModel extends LazyDataModel<AuditRow> {

  private static final long serialVersionUID = 1L;

  /** Where the filter in force comes from: the page's form. */
  interface FilterSource extends java.io.Serializable {
    AuditFilter filter();
  }

  private final AuditViewer viewer;
  private final FilterSource filter;

  AuditLazyModel(AuditViewer viewer, FilterSource filter) {
    this.viewer = viewer;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, viewer.count(filter.filter()));
  }

  @Override
  public List<AuditRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, Math.min(pageSize, AuditViewer.MAX_PAGE_SIZE));
    return viewer.search(filter.filter(), first / size, size).items().stream()
        .map(AuditRow::new)
        .toList();
  }

  @Override
  public String getRowKey(AuditRow row) {
    return Long.toString(row.getId());
  }

  @Override
  public AuditRow getRowData(String rowKey) {
    return getWrappedData().stream()
        .filter(r -> Long.toString(r.getId()).equals(rowKey))
        .findFirst()
        .orElse(null);
  }
}
