package org.zhaokao.audit.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhaokao.audit.domain.AuditFilter;
import org.zhaokao.audit.domain.AuditRecord;

/** Rows of {@code core_audit_event}: the writers' insert and every read. */
public final class JdbcAuditEvents {

  private static final String INSERT =
      "INSERT INTO "
          + AuditRows.TABLE
          + " (occurred_at, actor_id, actor_role, action, target_type, target_id, result,"
          + " client_ip, user_agent, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String NEWEST_FIRST = " ORDER BY occurred_at DESC, id DESC";

  /**
   * Inserts an unlinked row. Touches no shared row, so concurrent writers never wait for each other
   * here.
   */
  public void insert(Connection c, AuditRecord r) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      AuditRows.setInstant(ps, 1, r.occurredAt());
      ps.setString(2, r.actorId());
      ps.setString(3, r.actorRole());
      ps.setString(4, r.action());
      ps.setString(5, r.targetType());
      ps.setString(6, r.targetId());
      ps.setString(7, r.result().name());
      ps.setString(8, r.clientIp());
      ps.setString(9, r.userAgent());
      ps.setString(10, r.details());
      ps.executeUpdate();
    }
  }

  /** One page of the rows that match, newest first. */
  public List<AuditRecord> page(Connection c, AuditFilter filter, long offset, int limit)
      throws SQLException {
    FilterSql sql = new FilterSql(filter);
    try (PreparedStatement ps = c.prepareStatement(select(sql.where()) + " LIMIT ? OFFSET ?")) {
      int i = sql.bind(ps);
      ps.setInt(i++, limit);
      ps.setLong(i, offset);
      return list(ps);
    }
  }

  /**
   * The next rows that match after {@code after} in newest-first order (all from the newest when
   * {@code after} is null): a keyset page, whose cost does not grow with how far an export has got.
   */
  public List<AuditRecord> after(Connection c, AuditFilter filter, AuditRecord after, int limit)
      throws SQLException {
    FilterSql sql = new FilterSql(filter);
    if (after != null) {
      sql.and(
          "(occurred_at < ? OR (occurred_at = ? AND id < ?))",
          after.occurredAt(),
          after.occurredAt(),
          after.id());
    }
    try (PreparedStatement ps = c.prepareStatement(select(sql.where()) + " LIMIT ?")) {
      ps.setInt(sql.bind(ps), limit);
      return list(ps);
    }
  }

  public long count(Connection c, AuditFilter filter) throws SQLException {
    FilterSql sql = new FilterSql(filter);
    try (PreparedStatement ps =
        c.prepareStatement("SELECT COUNT(*) FROM " + AuditRows.TABLE + sql.where())) {
      sql.bind(ps);
      return single(ps);
    }
  }

  /** Linked rows with positions in [from, to], in position order, at most {@code limit}. */
  public List<AuditRecord> linked(Connection c, long from, long to, int limit) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + AuditRows.COLUMNS
                + " FROM "
                + AuditRows.TABLE
                + " WHERE chain_pos >= ? AND chain_pos <= ? ORDER BY chain_pos LIMIT ?")) {
      ps.setLong(1, from);
      ps.setLong(2, to);
      ps.setInt(3, limit);
      return list(ps);
    }
  }

  public Optional<AuditRecord> atPosition(Connection c, long position) throws SQLException {
    List<AuditRecord> rows = linked(c, position, position, 1);
    return rows.stream().findFirst();
  }

  /** Rows not linked yet, oldest insert first, at most {@code limit}. */
  public List<AuditRecord> unlinked(Connection c, int limit) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + AuditRows.COLUMNS
                + " FROM "
                + AuditRows.TABLE
                + " WHERE chain_pos IS NULL ORDER BY id LIMIT ?")) {
      ps.setInt(1, limit);
      return list(ps);
    }
  }

  public long unlinkedCount(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COUNT(*) FROM " + AuditRows.TABLE + " WHERE chain_pos IS NULL")) {
      return single(ps);
    }
  }

  /** Linked rows at positions above {@code position}. */
  public long linkedAbove(Connection c, long position) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT COUNT(*) FROM " + AuditRows.TABLE + " WHERE chain_pos > ?")) {
      ps.setLong(1, position);
      return single(ps);
    }
  }

  private static String select(String where) {
    return "SELECT " + AuditRows.COLUMNS + " FROM " + AuditRows.TABLE + where + NEWEST_FIRST;
  }

  private static List<AuditRecord> list(PreparedStatement ps) throws SQLException {
    List<AuditRecord> rows = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.add(AuditRows.read(rs));
      }
    }
    return rows;
  }

  private static long single(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
