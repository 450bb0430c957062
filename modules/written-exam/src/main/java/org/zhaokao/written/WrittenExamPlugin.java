package org.zhaokao.written;

import java.util.List;
import org.zhaokao.plugins.api.BaseStagePlugin;
import org.zhaokao.plugins.api.PermissionDefinition;
import org.zhaokao.plugins.api.ScreenEntry;
import org.zhaokao.plugins.api.SpiVersion;
import org.zhaokao.plugins.api.StageDescriptor;
import org.zhaokao.plugins.api.config.ConfigMetadata;
import org.zhaokao.plugins.api.config.StageConfig;

/**
 * The written-exam stage (笔试) as the core sees it: manifest, permissions, screens, settings, and
 * the core's services once it is initialised.
 */
public class WrittenExamPlugin extends BaseStagePlugin {

  /** The stage id. */
  public static final String ID = "written-exam";

  /** Manage the question bank: items, Excel import and export. */
  public static final String BANK = "stage:" + ID + ":bank";

  /** Set exams up, generate papers, report scores. */
  public static final String MANAGE = "stage:" + ID + ":manage";

  /** Setting: the score at or above which a candidate passes (0: everyone who sat passes). */
  public static final String PASS_MARK = "passMark";

  @Override
  public StageDescriptor descriptor() {
    return StageDescriptor.builder(ID, "0.1.0", SpiVersion.CURRENT)
        .schema("we_", "db/written-exam")
        .build();
  }

  @Override
  public ConfigMetadata configMetadata() {
    return ConfigMetadata.builder()
        .decimal(PASS_MARK)
        .label("config.passMark")
        .help("config.passMark.help")
        .range(java.math.BigDecimal.ZERO, new java.math.BigDecimal("1000"))
        .defaultValue("0")
        .add()
        .build();
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(
        new PermissionDefinition("bank", "permission.bank"),
        new PermissionDefinition("manage", "permission.manage"));
  }

  @Override
  public List<ScreenEntry> screens() {
    return List.of(
        ScreenEntry.of("screen.items", "/items.xhtml", "bank"),
        ScreenEntry.of("screen.exams", "/exams.xhtml", "manage"));
  }

  public WrittenExamPlugin() {
    super("org.zhaokao.written.messages");
  }

  /**
   * The settings in force.
   *
   * @throws IllegalStateException before the core initialised the plugin
   */
  public StageConfig settings() {
    return config()
        .orElseThrow(() -> new IllegalStateException("the written-exam plugin is not initialised"));
  }
}
