package org.zhaokao.notification.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.zhaokao.platform.schema.SchemaMigrator;
import org.zhaokao.platform.schema.SchemaSpec;

/** Brings the notification module's tables up to date before anything in the module uses them. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationSchema {

  @EJB private SchemaMigrator migrator;

  @PostConstruct
  void migrate() {
    migrator.migrate(SchemaSpec.coreModule("notification", NotificationSchema.class));
  }
}
