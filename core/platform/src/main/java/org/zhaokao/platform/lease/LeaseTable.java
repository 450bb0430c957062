package org.zhaokao.platform.lease;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code core_job_lease} table (作业租约): one row per job that must run on one node at a time.
 * Taking or renewing a lease is one conditional UPDATE — it succeeds for the holder itself, or for
 * anyone once the lease has expired — so two nodes asking at once cannot both win; the row of a job
 * never leased before is inserted, and a second inserter loses on the primary key.
 *
 * <p>Times come from the caller's clock: nodes are expected to keep their clocks in step (NTP), and
 * a lease is long compared with any skew between them.
 */
public final class LeaseTable {

  /** SQLSTATE of a unique or primary-key violation, on PostgreSQL and H2 alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final String RENEW =
      "UPDATE core_job_lease SET holder = ?, expires_at = ?"
          + " WHERE name = ? AND (holder = ? OR expires_at <= ?)";
  private static final String INSERT =
      "INSERT INTO core_job_lease (name, holder, expires_at) VALUES (?, ?, ?)";
  private static final String RELEASE =
      "UPDATE core_job_lease SET expires_at = ? WHERE holder = ? AND expires_at > ?";
  private static final String READ = "SELECT holder, expires_at FROM core_job_lease WHERE name = ?";

  /**
   * A lease as stored.
   *
   * @param holder who took it last
   * @param expiresAt when it lapses unless renewed
   */
  public record Lease(String holder, Instant expiresAt) {}

  private LeaseTable() {}

  /**
   * Takes or renews the lease of {@code job} for {@code holder} until {@code now + length}.
   *
   * @return true if {@code holder} now holds the lease, false if another node holds it
   */
  public static boolean acquire(
      Connection connection, String job, String holder, Instant now, Duration length)
      throws SQLException {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(holder, "holder");
    if (length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException("A lease must last, got " + length);
    }
    OffsetDateTime until = at(now.plus(length));
    try (PreparedStatement renew = connection.prepareStatement(RENEW)) {
      renew.setString(1, holder);
      renew.setObject(2, until);
      renew.setString(3, job);
      renew.setString(4, holder);
      renew.setObject(5, at(now));
      if (renew.executeUpdate() == 1) {
        return true;
      }
    }
    if (read(connection, job).isPresent()) {
      return false;
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setString(1, job);
      insert.setString(2, holder);
      insert.setObject(3, until);
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return false; // another node inserted the first lease of this job a moment earlier
      }
      throw e;
    }
  }

  /**
   * Lets every lease {@code holder} has lapse at {@code now}, so another node takes over at once
   * instead of waiting for the expiry (a node shutting down cleanly).
   *
   * @return how many leases were released
   */
  public static int releaseAll(Connection connection, String holder, Instant now)
      throws SQLException {
    try (PreparedStatement release = connection.prepareStatement(RELEASE)) {
      release.setObject(1, at(now));
      release.setString(2, holder);
      release.setObject(3, at(now));
      return release.executeUpdate();
    }
  }

  /** The lease of {@code job}, if it was ever taken. */
  public static Optional<Lease> read(Connection connection, String job) throws SQLException {
    try (PreparedStatement read = connection.prepareStatement(READ)) {
      read.setString(1, job);
      try (ResultSet rs = read.executeQuery()) {
        return rs.next()
            ? Optional.of(
                new Lease(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
            : Optional.empty();
      }
    }
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
