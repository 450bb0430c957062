package org.zhaokao.pipeline.application.registry;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhaokao.plugins.api.StageDescriptor;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.audit.AuditResult;

/**
 * The registry's own events in the audit log, with the platform as actor: a plugin registered
 * (active, incompatible or failed) or unregistered.
 */
final class RegistryAudit {

  private static final Logger LOG = Logger.getLogger(RegistryAudit.class.getName());
  private static final String TARGET = "stage-plugin";

  private final AuditLog audit;

  RegistryAudit(AuditLog audit) {
    this.audit = audit;
  }

  void registered(LoadedStage stage) {
    String action =
        switch (stage.status()) {
          case ACTIVE -> "stage.plugin.registered";
          case INCOMPATIBLE -> "stage.plugin.incompatible";
          default -> "stage.plugin.failed";
        };
    AuditEntry.Builder entry =
        describe(action, stage.descriptor())
            .detail("registrationId", stage.registrationId())
            .result(stage.plugin() != null ? AuditResult.SUCCESS : AuditResult.FAILED);
    if (!stage.reason().isEmpty()) {
      entry.detail("reason", cut(stage.reason()));
    }
    record(entry.build());
  }

  void unregistered(LoadedStage stage) {
    record(
        describe("stage.plugin.unregistered", stage.descriptor())
            .detail("registrationId", stage.registrationId())
            .build());
  }

  private static AuditEntry.Builder describe(String action, StageDescriptor d) {
    return AuditEntry.builder(action, AuditActor.system())
        .target(TARGET, d.id())
        .detail("version", cut(d.version()))
        .detail("spiVersion", d.spiVersion().toString());
  }

  private void record(AuditEntry entry) {
    try {
      audit.record(entry);
    } catch (RuntimeException e) {
      // The registration is already in effect; losing its audit row is an operator's alarm, not a
      // reason to fail a plugin's deployment.
      LOG.log(Level.SEVERE, "Could not record " + entry.action() + " in the audit log", e);
    }
  }

  private static String cut(String text) {
    return text.length() <= AuditEntry.MAX_DETAIL_VALUE
        ? text
        : text.substring(0, AuditEntry.MAX_DETAIL_VALUE);
  }
}
