package org.zhaokao.audit.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.zhaokao.audit.domain.ChainState;
import org.zhaokao.audit.domain.Verification;
import org.zhaokao.platform.schema.SchemaMigrator;

/**
 * {@link ChainOperations} in transactions of their own: each batch of links, each purge commits or
 * rolls back whole, and holds the chain's lock only that long.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ChainTransactions {

  @Resource(lookup = SchemaMigrator.DATASOURCE)
  private DataSource dataSource;

  private final ChainOperations operations = new ChainOperations();

  public Optional<ChainState> create(String seed, Instant at) {
    try (Connection c = dataSource.getConnection()) {
      return operations.create(c, seed, at);
    } catch (SQLException e) {
      throw failure("create the audit chain", e);
    }
  }

  public int linkPending(int limit) {
    try (Connection c = dataSource.getConnection()) {
      return operations.linkPending(c, limit);
    } catch (SQLException e) {
      throw failure("link audit rows", e);
    }
  }

  /**
   * Outside a transaction: a walk of a long chain is only reads and may outlast the transaction
   * timeout; rows linked meanwhile lie beyond the head read first and are left for the next walk.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Verification verify(Long fromPosition, Instant now) {
    try (Connection c = dataSource.getConnection()) {
      return operations.verify(c, fromPosition, now);
    } catch (SQLException e) {
      throw failure("verify the audit chain", e);
    }
  }

  public Optional<ChainOperations.Purge> purge(Instant cutoff) {
    try (Connection c = dataSource.getConnection()) {
      return operations.purge(c, cutoff);
    } catch (SQLException e) {
      throw failure("purge the audit trail", e);
    }
  }

  private static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException("Could not " + what + ": " + e.getMessage(), e);
  }
}
