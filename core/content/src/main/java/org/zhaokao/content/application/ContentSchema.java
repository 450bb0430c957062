package org.zhaokao.content.application;

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
 * Brings the content module's tables up to date before anything in the module uses them. After the
 * notification module's, because this module registers its reply event and templates there, and
 * after the recruitment module's, one module at a time (H2 serialises DDL).
 */
@Singleton
@Startup
@DependsOn({
  "zhaokao-notification.jar#NotificationSchema",
  "zhaokao-recruitment.jar#RecruitmentSchema"
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ContentSchema {

  @EJB private SchemaMigrator migrator;

  @PostConstruct
  void migrate() {
    migrator.migrate(SchemaSpec.coreModule("content", ContentSchema.class));
  }
}
