package org.zhaokao.pipeline.application.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhaokao.plugins.api.StageStatus;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditResult;

/** What the registry writes to the audit log; the container test checks it lands in the trail. */
class RegistryAuditTest {

  private final List<AuditEntry> recorded = new ArrayList<>();
  private final RegistryAudit audit = new RegistryAudit(recorded::add);
  private final TestPlugin plugin = new TestPlugin();

  @Test
  void anActivePluginIsRecordedAsRegisteredBySystem() {
    audit.registered(stage(StageStatus.ACTIVE, ""));
    AuditEntry e = recorded.get(0);
    assertEquals("stage.plugin.registered", e.action());
    assertEquals("system", e.actor().id());
    assertEquals("stage-plugin", e.targetType());
    assertEquals("interview", e.targetId());
    assertEquals(AuditResult.SUCCESS, e.result());
    assertEquals("2.1.0", e.details().get("version"));
  }

  @Test
  void incompatibleAndFailedPluginsAreFailuresWithTheirReason() {
    audit.registered(stage(StageStatus.INCOMPATIBLE, "built for SPI 2.0"));
    audit.registered(stage(StageStatus.FAILED, "x".repeat(5000)));
    assertEquals("stage.plugin.incompatible", recorded.get(0).action());
    assertEquals(AuditResult.FAILED, recorded.get(0).result());
    assertEquals("built for SPI 2.0", recorded.get(0).details().get("reason"));
    assertEquals("stage.plugin.failed", recorded.get(1).action());
    assertEquals(AuditEntry.MAX_DETAIL_VALUE, recorded.get(1).details().get("reason").length());
  }

  @Test
  void anUnregistrationIsRecordedAndAnAuditFailureNeverStopsTheRegistry() {
    audit.unregistered(stage(StageStatus.ACTIVE, ""));
    assertEquals("stage.plugin.unregistered", recorded.get(0).action());
    RegistryAudit broken =
        new RegistryAudit(
            e -> {
              throw new IllegalStateException("database down");
            });
    broken.registered(stage(StageStatus.ACTIVE, ""));
    assertTrue(true, "no exception reached the registry");
  }

  private LoadedStage stage(StageStatus status, String reason) {
    var d = plugin.descriptor();
    LocalizedText name = LocalizedText.same("Interview");
    return status == StageStatus.ACTIVE
        ? new LoadedStage(
            "r1",
            d,
            plugin,
            status,
            "",
            name,
            name,
            List.of(),
            List.of(),
            plugin.configMetadata(),
            OffsetDateTime.now())
        : LoadedStage.notLoaded("r1", d, status, reason, name, name, OffsetDateTime.now());
  }
}
