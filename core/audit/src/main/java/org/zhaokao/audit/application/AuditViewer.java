package org.zhaokao.audit.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.zhaokao.audit.domain.AuditFilter;
import org.zhaokao.audit.domain.AuditPage;
import org.zhaokao.audit.domain.AuditRecord;
import org.zhaokao.audit.infrastructure.JdbcAuditEvents;
import org.zhaokao.platform.schema.SchemaMigrator;

/** What auditors read of the trail (审计查询): pages for screens, keyset slices for exports. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditViewer {

  /** Largest page a screen or client may ask for. */
  public static final int MAX_PAGE_SIZE = 500;

  @Resource(lookup = SchemaMigrator.DATASOURCE)
  private DataSource dataSource;

  private final JdbcAuditEvents events = new JdbcAuditEvents();

  /** Page {@code page} (from 0) of {@code size} rows that match, newest first, and the total. */
  public AuditPage search(AuditFilter filter, int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page from 0, size from 1 to " + MAX_PAGE_SIZE);
    }
    try (Connection c = dataSource.getConnection()) {
      long total = events.count(c, filter);
      List<AuditRecord> items =
          total == 0 ? List.of() : events.page(c, filter, (long) page * size, size);
      return new AuditPage(items, total, page, size);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the audit trail: " + e.getMessage(), e);
    }
  }

  /** How many rows match. */
  public long count(AuditFilter filter) {
    try (Connection c = dataSource.getConnection()) {
      return events.count(c, filter);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the audit trail: " + e.getMessage(), e);
    }
  }

  /** Up to {@code limit} rows that match after {@code after} (from the newest when null). */
  public List<AuditRecord> after(AuditFilter filter, AuditRecord after, int limit) {
    try (Connection c = dataSource.getConnection()) {
      return events.after(c, filter, after, Math.min(limit, MAX_PAGE_SIZE * 4));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the audit trail: " + e.getMessage(), e);
    }
  }
}
