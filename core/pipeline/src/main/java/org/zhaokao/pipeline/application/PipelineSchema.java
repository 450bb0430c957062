package org.zhaokao.pipeline.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.zhaokao.platform.schema.SchemaMigrator;
import org.zhaokao.platform.schema.SchemaSpec;

/**
 * Brings the pipeline module's tables up to date before anything in the module uses them. Runs
 * after the identity, audit and notification migrations: H2 serialises DDL on its system table, and
 * the stage-instance tables took long enough to make a concurrent migration time out.
 */
@Singleton
@DependsOn({
  "zhaokao-identity.jar#IdentitySchema",
  "zhaokao-audit.jar#AuditSchema",
  "zhaokao-notification.jar#NotificationSchema"
})
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PipelineSchema {

  @EJB private SchemaMigrator migrator;

  @PostConstruct
  void migrate() {
    migrator.migrate(SchemaSpec.coreModule("pipeline", PipelineSchema.class));
  }
}
