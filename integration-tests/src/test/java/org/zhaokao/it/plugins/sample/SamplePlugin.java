package org.zhaokao.it.plugins.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import org.zhaokao.plugins.api.CoreServices;
import org.zhaokao.plugins.api.HasOperationalInfo;
import org.zhaokao.plugins.api.PermissionDefinition;
import org.zhaokao.plugins.api.ScreenEntry;
import org.zhaokao.plugins.api.StageDescriptor;
import org.zhaokao.plugins.api.StagePlugin;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.config.ConfigMetadata;
import org.zhaokao.plugins.api.config.StageConfig;

/**
 * A small but complete stage plugin the tests deploy and undeploy. Its id and the SPI version it
 * claims come from {@code zhaokao-plugin.properties} in its WAR, so the same classes also play a
 * plugin built for a future SPI.
 */
public class SamplePlugin implements StagePlugin, HasOperationalInfo {

  private final Properties manifest = manifest();
  private StageConfig config;
  private CoreServices core;
  private Instant initialisedAt;

  @Override
  public StageDescriptor descriptor() {
    return StageDescriptor.builder(manifest.getProperty("id"), "1.0.0", manifest.getProperty("spi"))
        .nameKey("sample.name")
        .descriptionKey("sample.description")
        .schema("smp_", "db/sample")
        .build();
  }

  @Override
  public ConfigMetadata configMetadata() {
    return ConfigMetadata.builder()
        .integer("maxPanels")
        .range(1, 20)
        .defaultValue("3")
        .add()
        .choice("rounding", "HALF_UP", "DOWN")
        .defaultValue("HALF_UP")
        .add()
        .build();
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(
        new PermissionDefinition("view", "sample.permission.view"),
        new PermissionDefinition("manage", "sample.permission.manage"));
  }

  @Override
  public List<ScreenEntry> screens() {
    return List.of(ScreenEntry.of("sample.screen.rooms", "/rooms.xhtml", "view"));
  }

  @Override
  public ResourceBundle messages(Locale locale) {
    return ResourceBundle.getBundle(
        "org.zhaokao.it.plugins.sample.messages", locale, SamplePlugin.class.getClassLoader());
  }

  @Override
  public void init(StageConfig config) {
    this.config = config;
    this.initialisedAt = Instant.now();
  }

  @Override
  public void postInit(CoreServices core) {
    this.core = core;
    // A plugin's own audit entry, through the services the core handed over (SPI 1.1).
    core.auditLog()
        .record(
            AuditEntry.builder("stage.sample.initialised", AuditActor.system())
                .target("stage-plugin", descriptor().id())
                .detail("maxPanels", String.valueOf(config.getInt("maxPanels")))
                .build());
  }

  @Override
  public void close() {
    config = null;
    core = null;
  }

  @Override
  public Map<String, String> operationalInfo() {
    Map<String, String> info = new LinkedHashMap<>();
    info.put("maxPanels", String.valueOf(config == null ? null : config.getInt("maxPanels")));
    info.put("coreSpi", String.valueOf(core == null ? null : core.spiVersion()));
    info.put("initialisedAt", String.valueOf(initialisedAt));
    return info;
  }

  private static Properties manifest() {
    Properties p = new Properties();
    try (InputStream in =
        SamplePlugin.class.getClassLoader().getResourceAsStream("zhaokao-plugin.properties")) {
      if (in == null) {
        throw new IllegalStateException("zhaokao-plugin.properties missing from the WAR");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
