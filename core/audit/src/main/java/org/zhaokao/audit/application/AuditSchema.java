package org.zhaokao.audit.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;
import org.zhaokao.platform.schema.SchemaMigrator;
import org.zhaokao.platform.schema.SchemaSpec;

/**
 * Brings the audit tables up to date and, at the very first start, creates the chain with its
 * genesis value, before anything records.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSchema {

  private static final Logger LOG = Logger.getLogger(AuditSchema.class.getName());

  @EJB private SchemaMigrator migrator;
  @EJB private ChainTransactions chain;

  @PostConstruct
  void migrate() {
    migrator.migrate(SchemaSpec.coreModule("audit", AuditSchema.class));
    Instant now = Instant.now();
    // A random seed makes each installation's chain its own: rows of another trail cannot be
    // spliced in. The value is stored in core_audit_chain and, here, in the server log.
    chain
        .create(UUID.randomUUID() + "@" + now, now)
        .ifPresent(
            genesis ->
                LOG.info(
                    () -> "Audit trail created; chain genesis value " + genesis.genesisHash()));
  }
}
