package org.zhaokao.audit.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.zhaokao.audit.domain.AuditRecord;
import org.zhaokao.audit.infrastructure.JdbcAuditEvents;
import org.zhaokao.platform.schema.SchemaMigrator;

/**
 * Inserts audit rows, in the caller's transaction or in one of their own. Two methods because the
 * transaction attribute is the point: see {@link AuditTrail#record}.
 */
@Stateless
public class AuditInserts {

  @Resource(lookup = SchemaMigrator.DATASOURCE)
  private DataSource dataSource;

  private final JdbcAuditEvents events = new JdbcAuditEvents();

  /** Kept exactly when the caller's transaction commits. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void joining(AuditRecord row) {
    insert(row);
  }

  /** Kept whatever becomes of the caller's transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void alone(AuditRecord row) {
    insert(row);
  }

  private void insert(AuditRecord row) {
    try (Connection c = dataSource.getConnection()) {
      events.insert(c, row);
    } catch (SQLException e) {
      throw new AuditWriteException("audit entry " + row.action() + " could not be stored", e);
    }
  }
}
