package org.zhaokao.pipeline.application.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zhaokao.platform.schema.SchemaSpec;
import org.zhaokao.plugins.api.CoreServices;
import org.zhaokao.plugins.api.InstalledStage;
import org.zhaokao.plugins.api.NotificationChannel;
import org.zhaokao.plugins.api.NotificationTemplate;
import org.zhaokao.plugins.api.ScreenEntry;
import org.zhaokao.plugins.api.SpiVersion;
import org.zhaokao.plugins.api.StageStatus;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.notify.NotificationReceipt;
import org.zhaokao.plugins.api.notify.Notifier;

class StageActivationTest {

  private final List<SchemaSpec> migrated = new ArrayList<>();
  private final List<NotificationTemplate> contributed = new ArrayList<>();
  private final StageActivation activation =
      new StageActivation(
          SpiVersion.current(),
          migrated::add,
          (stageId, templates) -> contributed.addAll(templates),
          id -> new NoCore());
  private final TestPlugin plugin = new TestPlugin();

  @AfterEach
  void clearSettings() {
    System.clearProperty("zhaokao.stage.interview.examiners");
  }

  private LoadedStage activate() {
    return activation.activate("r1", plugin, plugin.descriptor(), OffsetDateTime.now());
  }

  @Test
  void aCompatiblePluginIsMigratedConfiguredAndInitialisedInOrder() {
    plugin.withSchema = true;
    LoadedStage stage = activate();
    assertEquals(StageStatus.ACTIVE, stage.status());
    assertSame(plugin, stage.plugin());
    assertEquals(List.of("init", "postInit"), plugin.calls);
    assertEquals(5, plugin.config.getInt("examiners"));
    assertEquals("iv_schema_history", migrated.get(0).historyTable());
    assertSame(TestPlugin.class.getClassLoader(), migrated.get(0).classLoader());
    assertEquals("面试", stage.name().in(Locale.SIMPLIFIED_CHINESE));
    assertEquals("Interview", stage.name().in(Locale.ENGLISH));
    assertEquals("/zhaokao-interview/rooms.xhtml", stage.screens().get(0).href());
    assertEquals("stage:interview:view", stage.screens().get(0).requiredPermission());
    assertFalse(stage.screens().get(0).forCandidates());
    assertEquals("/zhaokao-interview/mine.xhtml", stage.screens().get(1).href());
    assertTrue(stage.screens().get(1).forCandidates());
    assertEquals("", stage.screens().get(1).requiredPermission());
    assertEquals("my 面试", stage.screens().get(1).label().in(Locale.SIMPLIFIED_CHINESE));
    assertEquals(List.of("stage:interview:view"), stage.permissions());
  }

  @Test
  void serverSettingsReachInit() {
    System.setProperty("zhaokao.stage.interview.examiners", "7");
    activate();
    assertEquals(7, plugin.config.getInt("examiners"));
  }

  @Test
  void aBadServerSettingFailsTheStageAndNamesTheSetting() {
    System.setProperty("zhaokao.stage.interview.examiners", "12");
    LoadedStage stage = activate();
    assertEquals(StageStatus.FAILED, stage.status());
    assertTrue(stage.reason().contains("examiners"), stage.reason());
    assertTrue(plugin.calls.isEmpty(), "init must not run with invalid settings");
  }

  @Test
  void aPluginForAnotherMajorIsNotLoadedAtAll() {
    plugin.spi = "2.0";
    plugin.withSchema = true;
    LoadedStage stage = activate();
    assertEquals(StageStatus.INCOMPATIBLE, stage.status());
    assertNull(stage.plugin());
    assertTrue(plugin.calls.isEmpty());
    assertTrue(migrated.isEmpty(), "no schema migration for an incompatible plugin");
    assertEquals("Interview", stage.name().in(Locale.ENGLISH));
  }

  @Test
  void aPluginForANewerMinorIsIncompatibleToo() {
    SpiVersion core = SpiVersion.current();
    plugin.spi = core.major() + "." + (core.minor() + 1);
    assertEquals(StageStatus.INCOMPATIBLE, activate().status());
  }

  @Test
  void aFailingInitLeavesTheStageFailedWithoutClosingWhatNeverOpened() {
    plugin.failInit = new IllegalStateException("no proctoring service configured");
    LoadedStage stage = activate();
    assertEquals(StageStatus.FAILED, stage.status());
    assertEquals("no proctoring service configured", stage.reason());
    assertEquals(List.of("init"), plugin.calls);
    assertNull(stage.plugin());
  }

  @Test
  void aFailingPostInitClosesThePlugin() {
    plugin.failPostInit = new IllegalStateException("boom");
    LoadedStage stage = activate();
    assertEquals(StageStatus.FAILED, stage.status());
    assertEquals(List.of("init", "postInit", "close"), plugin.calls);
  }

  @Test
  void aScreenGuardedByAnUndeclaredPermissionFailsTheStage() {
    plugin.screenAction = "score";
    LoadedStage stage = activate();
    assertEquals(StageStatus.FAILED, stage.status());
    assertTrue(stage.reason().contains("score"), stage.reason());
  }

  @Test
  void aCandidatePageThatAsksForAPermissionFailsTheStage() {
    plugin.candidatePage = ScreenEntry.of("screen.mine", "/mine.xhtml", "view");
    LoadedStage stage = activate();
    assertEquals(StageStatus.FAILED, stage.status());
    assertTrue(stage.reason().contains("/mine.xhtml"), stage.reason());
  }

  @Test
  void aFailingSchemaMigrationFailsTheStageBeforeInit() {
    plugin.withSchema = true;
    StageActivation failing =
        new StageActivation(
            SpiVersion.current(),
            spec -> {
              throw new IllegalStateException("Schema of stage interview could not be migrated");
            },
            (stageId, templates) -> {},
            id -> new NoCore());
    LoadedStage stage = failing.activate("r1", plugin, plugin.descriptor(), OffsetDateTime.now());
    assertEquals(StageStatus.FAILED, stage.status());
    assertTrue(plugin.calls.isEmpty());
  }

  @Test
  void thePluginsTemplatesAreTakenInBeforeInit() {
    NotificationTemplate notice =
        new NotificationTemplate(
            "interview.notice",
            NotificationChannel.INBOX,
            Locale.SIMPLIFIED_CHINESE,
            "面试通知",
            "${time}");
    plugin.templates = List.of(notice);
    assertEquals(StageStatus.ACTIVE, activate().status());
    assertEquals(List.of(notice), contributed);
  }

  @Test
  void refusedTemplatesFailTheStageWithTheReason() {
    plugin.templates =
        List.of(
            new NotificationTemplate(
                "other.notice", NotificationChannel.INBOX, Locale.SIMPLIFIED_CHINESE, "通知", "x"));
    StageActivation refusing =
        new StageActivation(
            SpiVersion.current(),
            migrated::add,
            (stageId, templates) -> {
              throw new IllegalArgumentException("event other.notice must start with 'interview.'");
            },
            id -> new NoCore());
    LoadedStage stage = refusing.activate("r1", plugin, plugin.descriptor(), OffsetDateTime.now());
    assertEquals(StageStatus.FAILED, stage.status());
    assertEquals("event other.notice must start with 'interview.'", stage.reason());
    assertTrue(plugin.calls.isEmpty());
  }

  private static final class NoCore implements CoreServices {
    private final List<AuditEntry> audited = new java.util.ArrayList<>();

    @Override
    public AuditLog auditLog() {
      return audited::add;
    }

    @Override
    public Notifier notifier() {
      return request -> new NotificationReceipt("", 0, 0);
    }

    @Override
    public org.zhaokao.plugins.api.outcome.ResultsSink results() {
      return (stageId, recruitmentId, outcomes) ->
          new org.zhaokao.plugins.api.outcome.OutcomeReceipt(0, 0);
    }

    @Override
    public org.zhaokao.plugins.api.roster.StageRoster roster() {
      return new org.zhaokao.plugins.api.roster.StageRoster() {
        @Override
        public List<org.zhaokao.plugins.api.roster.StageAssignment> assignments(String stageId) {
          return List.of();
        }

        @Override
        public List<org.zhaokao.plugins.api.roster.StageEntrant> entrants(
            String stageId, long recruitmentId) {
          return List.of();
        }
      };
    }

    @Override
    public org.zhaokao.plugins.api.security.Reauthentication reauthentication() {
      return (accountId, password) -> false;
    }

    @Override
    public org.zhaokao.plugins.api.discipline.IncidentIntake incidents() {
      return report -> {
        throw new org.zhaokao.plugins.api.discipline.IncidentRejectedException("no discipline");
      };
    }

    @Override
    public org.zhaokao.plugins.api.discipline.Sanctions sanctions() {
      return disqualification -> false;
    }

    @Override
    public org.zhaokao.plugins.api.records.RecruitmentRecords records() {
      return recruitmentId -> Optional.empty();
    }

    @Override
    public SpiVersion spiVersion() {
      return SpiVersion.current();
    }

    @Override
    public List<Locale> supportedLocales() {
      return List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    }

    @Override
    public Optional<InstalledStage> installedStage(String stageId) {
      return Optional.empty();
    }
  }
}
