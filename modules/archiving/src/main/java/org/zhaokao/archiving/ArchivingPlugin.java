package org.zhaokao.archiving;

import java.util.List;
import org.zhaokao.plugins.api.BaseStagePlugin;
import org.zhaokao.plugins.api.PermissionDefinition;
import org.zhaokao.plugins.api.ScreenEntry;
import org.zhaokao.plugins.api.SpiVersion;
import org.zhaokao.plugins.api.StageDescriptor;
import org.zhaokao.plugins.api.config.ConfigMetadata;

/**
 * The archiving plugin (档案管理): not a stage of any chain, but the place a finished recruitment's
 * records are packed, sealed, kept for their retention period and finally destroyed. It reads the
 * recruitment through {@code CoreServices.records()} and {@code roster()} (SPI 1.7).
 */
public class ArchivingPlugin extends BaseStagePlugin {

  /** The plugin's id; permissions are {@code stage:archiving:<action>}. */
  public static final String ID = "archiving";

  /** Years a package is kept unless the archivist asks for longer. */
  public static final String RETENTION_YEARS = "retentionYears";

  /** The shortest retention an archivist may choose (the standard asks for three years). */
  public static final String MINIMUM_RETENTION_YEARS = "minimumRetentionYears";

  /** The directory of the archive store; empty for {@code <server data dir>/zhaokao-archives}. */
  public static final String STORE_DIRECTORY = "storeDirectory";

  public ArchivingPlugin() {
    super("org.zhaokao.archiving.messages");
  }

  @Override
  public StageDescriptor descriptor() {
    return StageDescriptor.builder(ID, "0.1.0", SpiVersion.CURRENT)
        .nameKey("archiving.name")
        .descriptionKey("archiving.description")
        .schema("ar_", "db/archiving")
        .build();
  }

  @Override
  public ConfigMetadata configMetadata() {
    return ConfigMetadata.builder()
        .integer(RETENTION_YEARS)
        .label("archiving.config.retentionYears")
        .range(0, 100)
        .defaultValue("3")
        .add()
        .integer(MINIMUM_RETENTION_YEARS)
        .label("archiving.config.minimumRetentionYears")
        .range(0, 100)
        .defaultValue("3")
        .add()
        .string(STORE_DIRECTORY)
        .label("archiving.config.storeDirectory")
        .defaultValue("")
        .add()
        .build();
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(
        new PermissionDefinition("build", "archiving.permission.build"),
        new PermissionDefinition("destroy", "archiving.permission.destroy"));
  }

  @Override
  public List<ScreenEntry> screens() {
    return List.of(ScreenEntry.of("archiving.screen.archives", "/archives.xhtml", "build"));
  }
}
