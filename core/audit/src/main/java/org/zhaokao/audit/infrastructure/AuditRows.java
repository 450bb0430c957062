package org.zhaokao.audit.infrastructure;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.zhaokao.audit.domain.AuditRecord;
import org.zhaokao.plugins.api.audit.AuditResult;

/** The columns of {@code core_audit_event} and their mapping, in one place. */
final class AuditRows {

  static final String TABLE = "core_audit_event";

  static final String COLUMNS =
      "id, chain_pos, occurred_at, actor_id, actor_role, action, target_type, target_id, result,"
          + " client_ip, user_agent, details, prev_hash, hash";

  private AuditRows() {}

  static AuditRecord read(ResultSet rs) throws SQLException {
    long pos = rs.getLong("chain_pos");
    Long position = rs.wasNull() ? null : pos;
    return new AuditRecord(
        rs.getLong("id"),
        position,
        instant(rs, "occurred_at"),
        rs.getString("actor_id"),
        rs.getString("actor_role"),
        rs.getString("action"),
        rs.getString("target_type"),
        rs.getString("target_id"),
        AuditResult.valueOf(rs.getString("result")),
        rs.getString("client_ip"),
        rs.getString("user_agent"),
        rs.getString("details"),
        rs.getString("prev_hash"),
        rs.getString("hash"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static void setInstant(PreparedStatement ps, int index, Instant at) throws SQLException {
    ps.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
  }
}
