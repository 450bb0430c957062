package org.zhaokao.pipeline.application.registry;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhaokao.notification.application.template.PluginTemplates;
import org.zhaokao.pipeline.domain.stage.StageInstallation;
import org.zhaokao.platform.schema.SchemaMigrator;
import org.zhaokao.plugins.api.RegistrationResult;
import org.zhaokao.plugins.api.SpiVersion;
import org.zhaokao.plugins.api.StageDescriptor;
import org.zhaokao.plugins.api.StagePlugin;
import org.zhaokao.plugins.api.StagePluginRegistry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.config.StageConfig;
import org.zhaokao.plugins.api.discipline.Sanctions;
import org.zhaokao.plugins.api.notify.Notifier;
import org.zhaokao.plugins.api.outcome.ResultsSink;
import org.zhaokao.plugins.api.records.RecruitmentRecords;
import org.zhaokao.plugins.api.roster.StageRoster;
import org.zhaokao.plugins.api.security.Reauthentication;

/**
 * The stage plugin registry (阶段插件注册表): one per server, found by plugins under {@link
 * StagePluginRegistry#JNDI_NAME}.
 *
 * <p>Registrations are serialised by a lock (they are rare and may run schema migrations); reads go
 * to a concurrent map without locking, so screens never wait for a plugin that is loading. Runs
 * outside JTA: schema migrations must not join a plugin's start-up transaction, and the history
 * records its own.
 */
@Singleton
@Startup
// The audit trail must be able to take the registry's events from the first registration to the
// last unregistration.
@DependsOn({"PipelineSchema", "zhaokao-audit.jar#AuditSchema"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Local({StagePluginRegistry.class, StageCatalog.class})
public class StagePluginRegistryBean implements StagePluginRegistry, StageCatalog {

  private static final Logger LOG = Logger.getLogger(StagePluginRegistryBean.class.getName());

  @EJB private SchemaMigrator migrator;
  @EJB private AuditLog auditLog;

  @EJB private PluginTemplates templates;

  @EJB private Notifier notifier;

  @EJB private ResultsSink results;

  @EJB private StageRoster roster;

  @EJB private Reauthentication reauthentication;

  @EJB private Sanctions sanctions;

  @EJB private RecruitmentRecords records;

  @Inject private StageInstallationHistory history;

  private final Map<String, LoadedStage> byRegistration = new ConcurrentHashMap<>();
  private final ReentrantLock registering = new ReentrantLock();
  private final ClassLoaderWatch departed = new ClassLoaderWatch();
  private StageActivation activation;
  private RegistryAudit audit;

  @PostConstruct
  void start() {
    activation =
        new StageActivation(
            SpiVersion.current(),
            migrator::migrate,
            templates::contribute,
            stageId ->
                new RegistryCoreServices(
                    this,
                    auditLog,
                    notifier,
                    new OwnStageResults(stageId, results),
                    roster,
                    reauthentication,
                    sanctions,
                    records));
    audit = new RegistryAudit(auditLog);
  }

  @Override
  public RegistrationResult register(StagePlugin plugin) {
    Objects.requireNonNull(plugin, "plugin");
    StageDescriptor descriptor = plugin.descriptor();
    registering.lock();
    try {
      loadedWithId(descriptor.id())
          .ifPresent(
              other -> {
                throw new IllegalStateException(
                    "Stage id '"
                        + descriptor.id()
                        + "' is already registered by another deployment");
              });
      String registrationId = UUID.randomUUID().toString();
      LoadedStage stage = activation.activate(registrationId, plugin, descriptor, now());
      try {
        history.recordRegistration(stage);
      } catch (RuntimeException e) {
        if (stage.plugin() != null) {
          StageActivation.closeQuietly(stage.plugin(), descriptor.id());
        }
        throw e;
      }
      byRegistration.put(registrationId, stage);
      audit.registered(stage);
      LOG.info(
          () ->
              "Stage plugin "
                  + descriptor.id()
                  + " "
                  + descriptor.version()
                  + " registered: "
                  + stage.status()
                  + (stage.reason().isEmpty() ? "" : " (" + stage.reason() + ")"));
      return new RegistrationResult(
          registrationId, descriptor.id(), stage.status(), stage.reason());
    } finally {
      registering.unlock();
    }
  }

  @Override
  public void unregister(String registrationId) {
    registering.lock();
    try {
      LoadedStage stage = registrationId == null ? null : byRegistration.remove(registrationId);
      if (stage == null) {
        return;
      }
      if (stage.plugin() != null) {
        departed.watch(stage.stageId(), stage.plugin().getClass().getClassLoader());
        StageActivation.closeQuietly(stage.plugin(), stage.stageId());
      }
      recordDeparture(stage.stageId());
      audit.unregistered(stage);
      LOG.info(() -> "Stage plugin " + stage.stageId() + " unregistered");
    } finally {
      registering.unlock();
    }
  }

  @Override
  public List<StageView> stages() {
    Map<String, StageInstallation> recorded = new HashMap<>();
    history.all().forEach(i -> recorded.put(i.id(), i));
    List<StageView> views = new ArrayList<>();
    for (LoadedStage stage : byRegistration.values()) {
      views.add(StageViews.loaded(stage, Optional.ofNullable(recorded.remove(stage.stageId()))));
    }
    recorded.values().forEach(i -> views.add(StageViews.unavailable(i)));
    views.sort(Comparator.comparing(StageView::id));
    return views;
  }

  @Override
  public Optional<StageView> stage(String stageId) {
    return stages().stream().filter(v -> v.id().equals(stageId)).findFirst();
  }

  @Override
  public StageConfig validateConfig(String stageId, Map<String, String> values) {
    LoadedStage stage =
        loadedWithId(stageId)
            .filter(s -> s.plugin() != null)
            .orElseThrow(() -> new UnknownStageException(stageId));
    return stage.config().resolve(values);
  }

  @Override
  public Map<String, LocalizedText> configTexts(String stageId) {
    LoadedStage stage =
        loadedWithId(stageId)
            .filter(s -> s.plugin() != null)
            .orElseThrow(() -> new UnknownStageException(stageId));
    Map<String, LocalizedText> texts = new java.util.LinkedHashMap<>();
    for (var p : stage.config().properties()) {
      texts.put(p.labelKey(), LocalizedText.resolve(stage.plugin()::messages, p.labelKey()));
      texts.put(p.helpKey(), LocalizedText.resolve(stage.plugin()::messages, p.helpKey()));
    }
    return texts;
  }

  @Override
  public List<String> retainedAfterUnregister() {
    return departed.retained();
  }

  @Override
  public <T> List<T> capabilities(Class<T> capability) {
    return byRegistration.values().stream()
        .filter(s -> capability.isInstance(s.plugin()))
        .sorted(Comparator.comparing(LoadedStage::stageId))
        .map(s -> capability.cast(s.plugin()))
        .toList();
  }

  @PreDestroy
  void stop() {
    // Stage WARs depend on the EAR and stop first; this only catches a plugin that failed to
    // unregister.
    new ArrayList<>(byRegistration.keySet()).forEach(this::unregister);
  }

  private Optional<LoadedStage> loadedWithId(String stageId) {
    return byRegistration.values().stream().filter(s -> s.stageId().equals(stageId)).findFirst();
  }

  private void recordDeparture(String stageId) {
    try {
      history.recordDeparture(stageId, now());
    } catch (RuntimeException e) {
      // The departure is already effective in memory; a lost timestamp must not block an undeploy.
      LOG.log(Level.WARNING, "Could not record the departure of stage plugin " + stageId, e);
    }
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
