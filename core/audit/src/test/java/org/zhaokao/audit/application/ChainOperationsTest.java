package org.zhaokao.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhaokao.audit.domain.AuditFilter;
import org.zhaokao.audit.domain.AuditRecord;
import org.zhaokao.audit.domain.BreakKind;
import org.zhaokao.audit.domain.ChainState;
import org.zhaokao.audit.domain.Verification;
import org.zhaokao.audit.infrastructure.JdbcAuditEvents;
import org.zhaokao.platform.schema.Migrations;
import org.zhaokao.platform.schema.SchemaSpec;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditResult;

/**
 * The chain on a real database (H2 in PostgreSQL mode, migrated by the module's own scripts):
 * linking, verification after tampering with the stored rows, and retention.
 */
class ChainOperationsTest {

  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

  private final ChainOperations chain = new ChainOperations();
  private final JdbcAuditEvents events = new JdbcAuditEvents();
  private JdbcDataSource db;

  @BeforeEach
  void freshDatabase() throws SQLException {
    db = new JdbcDataSource();
    db.setURL(
        "jdbc:h2:mem:audit-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    Migrations.migrate(db, SchemaSpec.coreModule("audit", ChainOperations.class));
    try (Connection c = db.getConnection()) {
      assertTrue(chain.create(c, "seed", NOW).isPresent());
      assertTrue(chain.create(c, "again", NOW).isEmpty(), "the genesis is made once");
    }
  }

  @Test
  void rowsCommittedOutOfIdOrderAreAllLinkedAndTheChainHolds() throws SQLException {
    try (Connection c = db.getConnection()) {
      insert(c, "a.first", NOW);
      insert(c, "a.second", NOW);
      assertEquals(2, chain.linkPending(c, 500));
      // A row that "commits late" is just another unlinked row: it gets the next position.
      insert(c, "a.third", NOW);
      insert(c, "a.fourth", NOW);
      assertEquals(1, chain.linkPending(c, 1));
      assertEquals(1, chain.linkPending(c, 500));
      assertEquals(0, chain.linkPending(c, 500));
      Verification v = chain.verify(c, null, NOW);
      assertTrue(v.intact(), v.toString());
      assertEquals(4, v.checkedRows());
      assertEquals(4, v.state().headPosition());
      assertEquals(0, v.pendingRows());
    }
  }

  @Test
  void tamperingInTheDatabaseIsNamedByTheVerifier() throws SQLException {
    try (Connection c = db.getConnection()) {
      for (int i = 0; i < 6; i++) {
        insert(c, "application.review.approved", NOW);
      }
      chain.linkPending(c, 500);
      AuditRecord third = events.atPosition(c, 3).orElseThrow();

      sql(c, "UPDATE core_audit_event SET details = '{\"candidate\":\"李*\"}' WHERE chain_pos = 3");
      assertBreak(c, BreakKind.ROW_EDITED, 3);
      sql(c, "UPDATE core_audit_event SET details = '" + third.details() + "' WHERE chain_pos = 3");
      assertTrue(chain.verify(c, null, NOW).intact());

      sql(c, "UPDATE core_audit_event SET hash = '" + "0".repeat(64) + "' WHERE chain_pos = 5");
      assertBreak(c, BreakKind.HASH_EDITED, 5);
      assertEquals(BreakKind.HASH_EDITED, chain.verify(c, 4L, NOW).brokenAt().orElseThrow().kind());
    }
  }

  @Test
  void aDeletedRowIsNamedAndAWalkFromLaterRowsStillWorks() throws SQLException {
    try (Connection c = db.getConnection()) {
      for (int i = 0; i < 8; i++) {
        insert(c, "auth.login.failed", NOW);
      }
      chain.linkPending(c, 500);
      sql(c, "DELETE FROM core_audit_event WHERE chain_pos = 4");
      assertBreak(c, BreakKind.ROW_DELETED, 4);
      assertTrue(chain.verify(c, 6L, NOW).intact(), "rows after the gap still link");
      assertEquals(BreakKind.ROW_DELETED, chain.verify(c, 5L, NOW).brokenAt().get().kind());
    }
  }

  @Test
  void retentionPurgesOnlyOldRowsAndTheRestVerifiesFromTheNewAnchor() throws SQLException {
    Instant cutoff = NOW.minus(Duration.ofDays(1096));
    try (Connection c = db.getConnection()) {
      insert(c, "old.one", cutoff.minus(Duration.ofDays(10)));
      insert(c, "old.two", cutoff.minus(Duration.ofDays(9)));
      insert(c, "new.one", cutoff.plusSeconds(1));
      // Linked after a newer row, recorded earlier: kept, since only a prefix is cut.
      chain.linkPending(c, 500);
      insert(c, "old.late", cutoff.minus(Duration.ofDays(1)));
      chain.linkPending(c, 500);

      ChainOperations.Purge purge = chain.purge(c, cutoff).orElseThrow();
      assertEquals(2, purge.rows());
      assertEquals(2, purge.throughPosition());
      ChainState state = chain.state(c).orElseThrow();
      assertEquals(2, state.anchorPosition());
      assertEquals(purge.anchorHash(), state.anchorHash());
      assertEquals(
          List.of("old.late", "new.one"),
          events.page(c, AuditFilter.none(), 0, 10).stream()
              .sorted((a, b) -> Long.compare(b.position(), a.position()))
              .map(AuditRecord::action)
              .toList());
      Verification v = chain.verify(c, null, NOW);
      assertTrue(v.intact(), v.toString());
      assertEquals(3, v.fromPosition());
      assertTrue(chain.purge(c, cutoff).isEmpty(), "nothing else is old enough");
    }
  }

  @Test
  void aTamperedPrefixIsNeverPurgedOutOfSight() throws SQLException {
    Instant cutoff = NOW.minus(Duration.ofDays(1096));
    try (Connection c = db.getConnection()) {
      insert(c, "old.one", cutoff.minus(Duration.ofDays(10)));
      insert(c, "old.two", cutoff.minus(Duration.ofDays(9)));
      chain.linkPending(c, 500);
      sql(c, "UPDATE core_audit_event SET actor_id = 'someone' WHERE chain_pos = 1");
      assertThrows(IllegalStateException.class, () -> chain.purge(c, cutoff));
      assertFalse(chain.verify(c, null, NOW).intact());
    }
  }

  private void assertBreak(Connection c, BreakKind kind, long position) throws SQLException {
    Verification v = chain.verify(c, null, NOW);
    assertFalse(v.intact());
    assertEquals(kind, v.brokenAt().orElseThrow().kind(), v.toString());
    assertEquals(position, v.brokenAt().orElseThrow().position(), v.toString());
  }

  private void insert(Connection c, String action, Instant at) throws SQLException {
    events.insert(
        c,
        AuditRecord.of(
            AuditEntry.builder(action, AuditActor.account("7", "reviewer"))
                .target("application", "A-1")
                .result(AuditResult.SUCCESS)
                .detail("candidate", "张*")
                .build(),
            at));
  }

  private static void sql(Connection c, String statement) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(statement);
    }
  }
}
