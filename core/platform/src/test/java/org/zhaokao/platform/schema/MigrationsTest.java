package org.zhaokao.platform.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class MigrationsTest {

  private final JdbcDataSource dataSource = new JdbcDataSource();

  MigrationsTest() {
    dataSource.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
  }

  private SchemaSpec spec(String folder) {
    return new SchemaSpec(
        "test", "tt_schema_history", "db/test/" + folder, getClass().getClassLoader());
  }

  @Test
  void appliesPendingScriptsOnceAndKeepsItsOwnHistory() throws SQLException {
    assertEquals(2, Migrations.migrate(dataSource, spec("ok")));
    assertEquals(0, Migrations.migrate(dataSource, spec("ok")));
    try (Connection c = dataSource.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT count(*) FROM tt_schema_history WHERE \"type\" = 'SQL'")) {
      rs.next();
      assertEquals(2, rs.getInt(1));
    }
  }

  @Test
  void aSecondModuleMigratesBesideTheFirstInTheSameSchema() throws SQLException {
    Migrations.migrate(dataSource, spec("ok"));
    SchemaSpec other =
        new SchemaSpec("other", "to_schema_history", "db/test/other", getClass().getClassLoader());
    assertEquals(1, Migrations.migrate(dataSource, other));
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM to_other")) {
      rs.next();
      assertEquals(0, rs.getInt(1));
    }
  }

  @Test
  void modulesStartingTogetherAllMigrateEvenWhenTheDatabaseGivesUpOnLocksAtOnce() {
    // The core modules deploy in parallel; H2 locks its catalogue for each DDL statement. With a
    // lock timeout of 1 ms any overlap of two migrations would fail one of them.
    for (int round = 0; round < 5; round++) {
      JdbcDataSource impatient = new JdbcDataSource();
      impatient.setURL(
          "jdbc:h2:mem:"
              + UUID.randomUUID()
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=1");
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<Integer>> runs =
          List.of("a", "b", "c").stream()
              .map(
                  x ->
                      new SchemaSpec(
                          x,
                          "t" + x + "_schema_history",
                          "db/test/busy-" + x,
                          getClass().getClassLoader()))
              .map(
                  s ->
                      CompletableFuture.supplyAsync(
                          () -> {
                            awaitQuietly(start);
                            return Migrations.migrate(impatient, s);
                          }))
              .toList();
      start.countDown();
      assertEquals(List.of(1, 1, 1), runs.stream().map(CompletableFuture::join).toList());
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aFailingScriptNamesTheOwner() {
    SchemaMigrationException e =
        assertThrows(
            SchemaMigrationException.class, () -> Migrations.migrate(dataSource, spec("broken")));
    assertTrue(e.getMessage().startsWith("Schema of test could not be migrated"), e.getMessage());
  }

  @Test
  void aMissingLocationIsAnError() {
    assertThrows(
        SchemaMigrationException.class, () -> Migrations.migrate(dataSource, spec("absent")));
  }

  @Test
  void coreModulesFollowTheNamingRule() {
    SchemaSpec spec = SchemaSpec.coreModule("pipeline", getClass());
    assertEquals("core_pipeline_schema_history", spec.historyTable());
    assertEquals("db/core/pipeline", spec.location());
  }
}
