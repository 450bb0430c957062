package org.zhaokao.platform.schema;

import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.logging.LogFactory;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs Flyway for one {@link SchemaSpec} on a datasource. Plain Java so unit tests can run it
 * against H2; the container entry point is {@link SchemaMigrator}.
 */
public final class Migrations {

  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  /**
   * One migration at a time in this server. The core modules start in parallel, and H2 locks its
   * catalogue for every DDL statement: parallel migrations only queue behind each other there, and
   * on a loaded machine one of them gives up with "Timeout trying to lock table SYS" and the
   * deployment fails. Serialising them costs nothing (the database did it anyway); across the nodes
   * of a cluster Flyway's own lock on each history table does the same.
   */
  private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();

  private Migrations() {}

  /**
   * Applies the pending scripts of {@code spec}.
   *
   * @return how many scripts were applied
   * @throws SchemaMigrationException if a script fails or an applied script was changed afterwards
   */
  public static int migrate(DataSource dataSource, SchemaSpec spec) {
    ONE_AT_A_TIME.lock();
    try {
      MigrateResult result =
          Flyway.configure(spec.classLoader())
              .dataSource(dataSource)
              .table(spec.historyTable())
              .locations("classpath:" + spec.location())
              .failOnMissingLocations(true)
              // Many modules share one database schema, each with its own history table: an
              // existing
              // schema is normal, and version 0 as the baseline still runs every script from V1.
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .validateMigrationNaming(true)
              .cleanDisabled(true)
              .load()
              .migrate();
      if (result.migrationsExecuted > 0) {
        LOG.info(
            () ->
                "Schema of "
                    + spec.owner()
                    + ": applied "
                    + result.migrationsExecuted
                    + " migration(s), now at version "
                    + result.targetSchemaVersion);
      }
      return result.migrationsExecuted;
    } catch (FlywayException e) {
      throw new SchemaMigrationException(
          "Schema of " + spec.owner() + " could not be migrated: " + e.getMessage(), e);
    } finally {
      // Flyway keeps the last configuration in a static field, and with it the class loader of
      // whoever
      // migrated last: for a stage plugin that would pin the undeployed WAR in memory.
      LogFactory.setConfiguration(Flyway.configure(Migrations.class.getClassLoader()));
      ONE_AT_A_TIME.unlock();
    }
  }
}
