package org.zhaokao.recruitment.application;

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
 * Brings the recruitment module's tables up to date before anything in the module uses them. Runs
 * after the other core modules' migrations: H2 serialises DDL on its system table, and a fresh
 * database migrating five modules at once made one of them time out.
 */
@Singleton
@Startup
@DependsOn({
  "zhaokao-identity.jar#IdentitySchema",
  "zhaokao-audit.jar#AuditSchema",
  "zhaokao-pipeline.jar#PipelineSchema"
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecruitmentSchema {

  @EJB private SchemaMigrator migrator;

  @PostConstruct
  void migrate() {
    migrator.migrate(SchemaSpec.coreModule("recruitment", RecruitmentSchema.class));
  }
}
