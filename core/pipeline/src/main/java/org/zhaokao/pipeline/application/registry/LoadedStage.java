package org.zhaokao.pipeline.application.registry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.zhaokao.plugins.api.StageDescriptor;
import org.zhaokao.plugins.api.StagePlugin;
import org.zhaokao.plugins.api.StageStatus;
import org.zhaokao.plugins.api.config.ConfigMetadata;

/**
 * A plugin as the registry holds it while its deployment is up. Only an {@link StageStatus#ACTIVE}
 * stage keeps the plugin object; everything else here is made of SPI value types and JDK types, so
 * nothing of the plugin's class loader stays reachable once this record is dropped.
 */
public record LoadedStage(
    String registrationId,
    StageDescriptor descriptor,
    StagePlugin plugin,
    StageStatus status,
    String reason,
    LocalizedText name,
    LocalizedText description,
    List<ScreenView> screens,
    List<String> permissions,
    ConfigMetadata config,
    OffsetDateTime registeredAt) {

  public LoadedStage {
    Objects.requireNonNull(registrationId);
    Objects.requireNonNull(descriptor);
    if ((status == StageStatus.ACTIVE) != (plugin != null)) {
      throw new IllegalArgumentException("exactly the active stages hold their plugin");
    }
    screens = List.copyOf(screens);
    permissions = List.copyOf(permissions);
  }

  String stageId() {
    return descriptor.id();
  }

  /** A plugin recorded but not loaded: incompatible, or failed while loading. */
  static LoadedStage notLoaded(
      String registrationId,
      StageDescriptor descriptor,
      StageStatus status,
      String reason,
      LocalizedText name,
      LocalizedText description,
      OffsetDateTime at) {
    return new LoadedStage(
        registrationId,
        descriptor,
        null,
        status,
        reason,
        name,
        description,
        List.of(),
        List.of(),
        ConfigMetadata.empty(),
        at);
  }
}
