package org.zhaokao.audit.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.zhaokao.audit.domain.AuditRecord;
import org.zhaokao.audit.domain.ChainState;

/** The chain's record ({@code core_audit_chain}) and the updates that link and purge rows. */
public final class JdbcChain {

  private static final String STATE =
      "SELECT genesis_hash, created_at, anchor_pos, anchor_hash, head_pos, head_hash"
          + " FROM core_audit_chain WHERE id = 1";

  /** The chain's record, if the trail was created. */
  public Optional<ChainState> state(Connection c) throws SQLException {
    return read(c, STATE);
  }

  /**
   * The chain's record, locked until the caller's transaction ends: whoever links or purges holds
   * this lock, on whichever server it runs.
   *
   * @throws IllegalStateException if the trail was not created
   */
  public ChainState lock(Connection c) throws SQLException {
    return read(c, STATE + " FOR UPDATE")
        .orElseThrow(() -> new IllegalStateException("the audit chain was not created"));
  }

  /**
   * Creates the chain's record unless one exists.
   *
   * @return true if this call created it
   */
  public boolean create(Connection c, ChainState genesis) throws SQLException {
    if (state(c).isPresent()) {
      return false;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO core_audit_chain (id, genesis_hash, created_at, anchor_pos, anchor_hash,"
                + " head_pos, head_hash) VALUES (1, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, genesis.genesisHash());
      AuditRows.setInstant(ps, 2, genesis.createdAt());
      ps.setLong(3, genesis.anchorPosition());
      ps.setString(4, genesis.anchorHash());
      ps.setLong(5, genesis.headPosition());
      ps.setString(6, genesis.headHash());
      ps.executeUpdate();
      return true;
    }
  }

  /**
   * Stores the links of {@code rows} (already placed by {@link AuditRecord#linkedAt}) and moves the
   * head to the last of them. Call with the chain locked.
   */
  public void link(Connection c, List<AuditRecord> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE "
                + AuditRows.TABLE
                + " SET chain_pos = ?, prev_hash = ?, hash = ? WHERE id = ? AND chain_pos IS NULL")) {
      for (AuditRecord r : rows) {
        ps.setLong(1, r.position());
        ps.setString(2, r.prevHash());
        ps.setString(3, r.hash());
        ps.setLong(4, r.id());
        ps.addBatch();
      }
      for (int count : ps.executeBatch()) {
        if (count == 0) {
          throw new IllegalStateException("an audit row was linked by someone else meanwhile");
        }
      }
    }
    AuditRecord last = rows.get(rows.size() - 1);
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE core_audit_chain SET head_pos = ?, head_hash = ? WHERE id = 1")) {
      ps.setLong(1, last.position());
      ps.setString(2, last.hash());
      ps.executeUpdate();
    }
  }

  /**
   * The last position that may be purged before {@code cutoff}: the chain is cut only as a prefix
   * (its rest must still verify from the new anchor), and that prefix ends before the first linked
   * row recorded at or after the cutoff. Linking follows commit order, so times along the chain may
   * step back a little; taking the first newer row keeps every newer row.
   */
  public long purgeableThrough(Connection c, ChainState state, Instant cutoff) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT MIN(chain_pos) FROM "
                + AuditRows.TABLE
                + " WHERE chain_pos IS NOT NULL AND occurred_at >= ?")) {
      AuditRows.setInstant(ps, 1, cutoff);
      OptionalLong firstNewer = optionalLong(ps);
      return firstNewer.isPresent()
          ? Math.min(state.headPosition(), firstNewer.getAsLong() - 1)
          : state.headPosition();
    }
  }

  /**
   * Deletes the linked rows after the anchor through {@code through}, never one recorded at or
   * after {@code cutoff}, and makes {@code newAnchor} (the last deleted row) the anchor. Call with
   * the chain locked.
   *
   * @return how many rows were deleted
   */
  public int purge(
      Connection c, ChainState state, long through, AuditRecord newAnchor, Instant cutoff)
      throws SQLException {
    int deleted;
    try (PreparedStatement ps =
        c.prepareStatement(
            "DELETE FROM "
                + AuditRows.TABLE
                + " WHERE chain_pos > ? AND chain_pos <= ? AND occurred_at < ?")) {
      ps.setLong(1, state.anchorPosition());
      ps.setLong(2, through);
      AuditRows.setInstant(ps, 3, cutoff);
      deleted = ps.executeUpdate();
    }
    if (deleted != through - state.anchorPosition()) {
      throw new IllegalStateException(
          "purge through position "
              + through
              + " would delete "
              + deleted
              + " rows instead of "
              + (through - state.anchorPosition())
              + "; nothing is purged");
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE core_audit_chain SET anchor_pos = ?, anchor_hash = ? WHERE id = 1")) {
      ps.setLong(1, newAnchor.position());
      ps.setString(2, newAnchor.hash());
      ps.executeUpdate();
    }
    return deleted;
  }

  private static Optional<ChainState> read(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return Optional.empty();
      }
      return Optional.of(
          new ChainState(
              rs.getString("genesis_hash"),
              AuditRows.instant(rs, "created_at"),
              rs.getLong("anchor_pos"),
              rs.getString("anchor_hash"),
              rs.getLong("head_pos"),
              rs.getString("head_hash")));
    }
  }

  private static OptionalLong optionalLong(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      rs.next();
      long value = rs.getLong(1);
      return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }
  }
}
