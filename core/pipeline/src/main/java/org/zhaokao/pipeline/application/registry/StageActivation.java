package org.zhaokao.pipeline.application.registry;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhaokao.platform.schema.SchemaSpec;
import org.zhaokao.plugins.api.CoreServices;
import org.zhaokao.plugins.api.NotificationTemplate;
import org.zhaokao.plugins.api.PermissionDefinition;
import org.zhaokao.plugins.api.ScreenEntry;
import org.zhaokao.plugins.api.SpiVersion;
import org.zhaokao.plugins.api.StageDescriptor;
import org.zhaokao.plugins.api.StagePlugin;
import org.zhaokao.plugins.api.StageSchema;
import org.zhaokao.plugins.api.StageStatus;
import org.zhaokao.plugins.api.config.ConfigMetadata;
import org.zhaokao.plugins.api.config.StageConfig;

/**
 * Takes one plugin through loading: SPI check, manifest, schema, notification templates,
 * configuration, {@code init}, {@code postInit}. Stops at the first step that fails and says which;
 * a plugin that fails after {@code init} is closed again.
 */
final class StageActivation {

  private static final Logger LOG = Logger.getLogger(StageActivation.class.getName());

  private final SpiVersion provided;
  private final Consumer<SchemaSpec> migrations;
  private final BiConsumer<String, List<NotificationTemplate>> templates;
  private final Function<String, CoreServices> core;

  /**
   * @param templates takes in a plugin's default notification templates (stage id, templates);
   *     throws with the reason if they break the template rules
   * @param core the core services handed to the plugin of a stage id, bound to that stage
   */
  StageActivation(
      SpiVersion provided,
      Consumer<SchemaSpec> migrations,
      BiConsumer<String, List<NotificationTemplate>> templates,
      Function<String, CoreServices> core) {
    this.provided = provided;
    this.migrations = migrations;
    this.templates = templates;
    this.core = core;
  }

  LoadedStage activate(
      String registrationId, StagePlugin plugin, StageDescriptor descriptor, OffsetDateTime at) {
    LocalizedText name = LocalizedText.resolve(plugin::messages, descriptor.nameKey());
    LocalizedText description =
        LocalizedText.resolve(plugin::messages, descriptor.descriptionKey());
    var incompatibility = descriptor.spiVersion().incompatibilityWith(provided);
    if (incompatibility.isPresent()) {
      LOG.warning(
          () -> "Stage plugin " + descriptor.id() + " not loaded: " + incompatibility.get());
      return LoadedStage.notLoaded(
          registrationId,
          descriptor,
          StageStatus.INCOMPATIBLE,
          incompatibility.get(),
          name,
          description,
          at);
    }
    boolean initialised = false;
    try {
      List<ScreenView> screens = screens(plugin, descriptor);
      List<String> permissions = permissions(plugin, descriptor);
      ConfigMetadata metadata = plugin.configMetadata();
      descriptor
          .schema()
          .ifPresent(schema -> migrations.accept(specOf(descriptor, schema, plugin)));
      templates.accept(descriptor.id(), plugin.notificationTemplates());
      StageConfig config = metadata.resolve(PluginSettings.valuesFor(descriptor.id(), metadata));
      plugin.init(config);
      initialised = true;
      plugin.postInit(core.apply(descriptor.id()));
      return new LoadedStage(
          registrationId,
          descriptor,
          plugin,
          StageStatus.ACTIVE,
          "",
          name,
          description,
          screens,
          permissions,
          metadata,
          at);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Stage plugin " + descriptor.id() + " failed to load", e);
      if (initialised) {
        closeQuietly(plugin, descriptor.id());
      }
      String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
      return LoadedStage.notLoaded(
          registrationId, descriptor, StageStatus.FAILED, reason, name, description, at);
    }
  }

  static void closeQuietly(StagePlugin plugin, String stageId) {
    try {
      plugin.close();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Stage plugin " + stageId + " threw while closing", e);
    }
  }

  private static SchemaSpec specOf(StageDescriptor d, StageSchema schema, StagePlugin plugin) {
    return new SchemaSpec(
        "stage " + d.id(),
        schema.historyTable(),
        schema.location(),
        plugin.getClass().getClassLoader());
  }

  private static List<ScreenView> screens(StagePlugin plugin, StageDescriptor d) {
    List<String> declared =
        plugin.permissions().stream().map(PermissionDefinition::action).toList();
    List<ScreenView> views = new ArrayList<>();
    for (ScreenEntry entry : plugin.screens()) {
      entry
          .requiredAction()
          .filter(action -> !declared.contains(action))
          .ifPresent(
              action -> {
                throw new IllegalArgumentException(
                    "screen "
                        + entry.path()
                        + " requires permission action '"
                        + action
                        + "' which the plugin does not declare");
              });
      views.add(
          new ScreenView(
              LocalizedText.resolve(plugin::messages, entry.labelKey()),
              d.contextPath() + entry.path(),
              entry.requiredAction().map(a -> "stage:" + d.id() + ":" + a).orElse(""),
              false));
    }
    for (ScreenEntry entry : plugin.candidateScreens()) {
      if (entry.requiredAction().isPresent()) {
        throw new IllegalArgumentException(
            "candidate page " + entry.path() + " must not require a permission");
      }
      views.add(
          new ScreenView(
              LocalizedText.resolve(plugin::messages, entry.labelKey()),
              d.contextPath() + entry.path(),
              "",
              true));
    }
    return views;
  }

  private static List<String> permissions(StagePlugin plugin, StageDescriptor d) {
    return plugin.permissions().stream().map(p -> p.permission(d.id())).distinct().toList();
  }
}
