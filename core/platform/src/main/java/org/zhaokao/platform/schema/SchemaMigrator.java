package org.zhaokao.platform.schema;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;

/**
 * Migrates schemas on the platform's datasource. Each core module migrates its own tables at
 * start-up, and the plugin registry migrates a stage plugin's tables before initialising it.
 *
 * <p>Runs outside any JTA transaction: Flyway commits each script itself, and DDL must not join a
 * caller's transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator {

  /** JNDI name of the platform's one datasource. */
  public static final String DATASOURCE = "java:jboss/datasources/ZhaokaoDS";

  @Resource(lookup = DATASOURCE)
  private DataSource dataSource;

  /**
   * Applies the pending scripts of {@code spec}.
   *
   * @return how many scripts were applied
   */
  public int migrate(SchemaSpec spec) {
    return Migrations.migrate(dataSource, spec);
  }
}
