package org.zhaokao.physical.infrastructure;

import java.util.List;
import org.zhaokao.plugins.api.BaseStagePlugin;
import org.zhaokao.plugins.api.PermissionDefinition;
import org.zhaokao.plugins.api.ScreenEntry;
import org.zhaokao.plugins.api.SpiVersion;
import org.zhaokao.plugins.api.StageDescriptor;
import org.zhaokao.plugins.api.config.ConfigMetadata;
import org.zhaokao.plugins.api.config.StageConfig;

/** The physical-test stage (体能测试) as the core sees it. */
public class PhysicalTestPlugin extends BaseStagePlugin {

  /** The stage id; permissions are {@code stage:physical-test:<action>}. */
  public static final String ID = "physical-test";

  /** Catalogue, plans, sessions, seats, disqualification, reporting outcomes. */
  public static final String MANAGE = "stage:" + ID + ":manage";

  /** Sign-in, results, imports, sheets. */
  public static final String RECORD = "stage:" + ID + ":record";

  /** The largest import a file may hold, in rows. */
  public static final String IMPORT_MAX_ROWS = "importMaxRows";

  private volatile int importMaxRows = 5000;

  public PhysicalTestPlugin() {
    super("org.zhaokao.physical.messages");
  }

  @Override
  public StageDescriptor descriptor() {
    return StageDescriptor.builder(ID, "1.0.0", SpiVersion.CURRENT)
        .nameKey("stage.name")
        .descriptionKey("stage.description")
        .schema("pt_", "db/physical-test")
        .build();
  }

  @Override
  public ConfigMetadata configMetadata() {
    return ConfigMetadata.builder()
        .integer(IMPORT_MAX_ROWS)
        .label("config.importMaxRows")
        .range(1, 100000)
        .defaultValue("5000")
        .add()
        .build();
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(
        new PermissionDefinition("manage", "permission.manage"),
        new PermissionDefinition("record", "permission.record"));
  }

  @Override
  public List<ScreenEntry> screens() {
    return List.of(
        ScreenEntry.of("screen.results", "/results.xhtml", "record"),
        ScreenEntry.of("screen.catalogue", "/catalogue.xhtml", "manage"));
  }

  @Override
  public void init(StageConfig config) {
    super.init(config);
    importMaxRows = config.getInt(IMPORT_MAX_ROWS);
  }

  public int importMaxRows() {
    return importMaxRows;
  }
}
