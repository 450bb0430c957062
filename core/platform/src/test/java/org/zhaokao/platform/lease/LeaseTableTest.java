package org.zhaokao.platform.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhaokao.platform.schema.Migrations;
import org.zhaokao.platform.schema.SchemaSpec;

class LeaseTableTest {

  private static final String JOB = "notification.sweep";
  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

  private final JdbcDataSource dataSource = new JdbcDataSource();
  private Connection connection;

  @BeforeEach
  void migrate() throws SQLException {
    dataSource.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    Migrations.migrate(dataSource, SchemaSpec.coreModule("platform", JobLeases.class));
    connection = dataSource.getConnection();
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void theFirstHolderTakesAJobNeverLeasedBefore() throws SQLException {
    assertTrue(LeaseTable.acquire(connection, JOB, "node1", T0, LEASE));
    assertEquals(
        new LeaseTable.Lease("node1", T0.plus(LEASE)),
        LeaseTable.read(connection, JOB).orElseThrow());
  }

  @Test
  void aSecondHolderIsRefusedWhileTheLeaseRuns() throws SQLException {
    LeaseTable.acquire(connection, JOB, "node1", T0, LEASE);
    assertFalse(LeaseTable.acquire(connection, JOB, "node2", T0.plusSeconds(29), LEASE));
    assertEquals("node1", LeaseTable.read(connection, JOB).orElseThrow().holder());
  }

  @Test
  void theHolderRenewsItsLease() throws SQLException {
    LeaseTable.acquire(connection, JOB, "node1", T0, LEASE);
    assertTrue(LeaseTable.acquire(connection, JOB, "node1", T0.plusSeconds(20), LEASE));
    assertFalse(LeaseTable.acquire(connection, JOB, "node2", T0.plusSeconds(40), LEASE));
    assertEquals(T0.plusSeconds(50), LeaseTable.read(connection, JOB).orElseThrow().expiresAt());
  }

  @Test
  void expiryLetsTheOtherHolderTakeOver() throws SQLException {
    LeaseTable.acquire(connection, JOB, "node1", T0, LEASE);
    assertTrue(LeaseTable.acquire(connection, JOB, "node2", T0.plus(LEASE), LEASE));
    assertFalse(LeaseTable.acquire(connection, JOB, "node1", T0.plusSeconds(31), LEASE));
    assertEquals("node2", LeaseTable.read(connection, JOB).orElseThrow().holder());
  }

  @Test
  void releasingLetsTheOtherTakeOverAtOnce() throws SQLException {
    LeaseTable.acquire(connection, JOB, "node1", T0, LEASE);
    LeaseTable.acquire(connection, "audit.retention", "node1", T0, LEASE);
    assertEquals(2, LeaseTable.releaseAll(connection, "node1", T0.plusSeconds(1)));
    assertTrue(LeaseTable.acquire(connection, JOB, "node2", T0.plusSeconds(1), LEASE));
  }

  @Test
  void leasesOfDifferentJobsAreIndependent() throws SQLException {
    assertTrue(LeaseTable.acquire(connection, JOB, "node1", T0, LEASE));
    assertTrue(LeaseTable.acquire(connection, "audit.retention", "node2", T0, LEASE));
  }

  @Test
  void refusesALeaseThatDoesNotLast() {
    assertThrows(
        IllegalArgumentException.class,
        () -> LeaseTable.acquire(connection, JOB, "node1", T0, Duration.ZERO));
  }

  @Test
  void ofHoldersCompetingAtOnceExactlyOneWins() throws Exception {
    for (int round = 0; round < 20; round++) {
      String job = "job-" + round;
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Callable<Boolean>> holders =
            List.of("node1", "node2", "node3", "node4").stream()
                .<Callable<Boolean>>map(
                    node ->
                        () -> {
                          try (Connection own = dataSource.getConnection()) {
                            start.await();
                            return LeaseTable.acquire(own, job, node, T0, LEASE);
                          }
                        })
                .toList();
        List<Future<Boolean>> answers = holders.stream().map(pool::submit).toList();
        start.countDown();
        long winners = 0;
        for (Future<Boolean> answer : answers) {
          winners += answer.get() ? 1 : 0;
        }
        assertEquals(1, winners, "round " + round);
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
