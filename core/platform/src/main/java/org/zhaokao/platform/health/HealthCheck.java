package org.zhaokao.platform.health;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;
import org.zhaokao.platform.schema.SchemaMigrator;

/** Checks the dependencies the platform cannot serve without. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthCheck {

  @Resource(lookup = SchemaMigrator.DATASOURCE)
  private DataSource dataSource;

  public Probe database() {
    return DatabaseProbe.check(dataSource);
  }
}
