package org.zhaokao.it.audit.probe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Plays the attacker with database access: changes stored audit rows directly, bypassing the
 * platform, and puts them back exactly (every column, id included) so other tests see an intact
 * trail.
 */
final class Tampering {

  private static final Map<Long, Map<String, Object>> SAVED = new ConcurrentHashMap<>();

  private Tampering() {}

  /** Copies the row before it is changed; a second copy of the same row keeps the first. */
  static void save(long id) throws SQLException {
    try (Connection c = db().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT * FROM core_audit_event WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("no audit row " + id);
        }
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          String column = meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
          // The time as an instant with offset: a driver's plain Timestamp would be re-read in the
          // server's time zone on insert.
          row.put(
              column,
              column.equals("occurred_at")
                  ? rs.getObject(i, java.time.OffsetDateTime.class)
                  : rs.getObject(i));
        }
        SAVED.putIfAbsent(id, row);
      }
    }
  }

  static int update(String sql, long id) throws SQLException {
    try (Connection c = db().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      return ps.executeUpdate();
    }
  }

  /** Puts the saved row back as it was, re-inserting it if it was deleted. */
  static void restore(long id) throws SQLException {
    Map<String, Object> row = SAVED.remove(id);
    if (row == null) {
      throw new IllegalArgumentException("audit row " + id + " was not saved");
    }
    try (Connection c = db().getConnection()) {
      update("DELETE FROM core_audit_event WHERE id = ?", id);
      String columns = String.join(", ", row.keySet());
      String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO core_audit_event (" + columns + ") VALUES (" + marks + ")")) {
        int i = 1;
        for (Object value : row.values()) {
          ps.setObject(i++, value);
        }
        ps.executeUpdate();
      }
    }
  }

  /** Rows the chain keeper has not linked yet. */
  static long unlinked() throws SQLException {
    try (Connection c = db().getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT COUNT(*) FROM core_audit_event WHERE chain_pos IS NULL");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static DataSource db() {
    try {
      return (DataSource) new InitialContext().lookup("java:jboss/datasources/ZhaokaoDS");
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }
}
