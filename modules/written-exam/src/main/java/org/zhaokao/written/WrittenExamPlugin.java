package org.zhaokao.written;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.zhaokao.plugins.api.CoreServices;
import org.zhaokao.plugins.api.PermissionDefinition;
import org.zhaokao.plugins.api.ScreenEntry;
import org.zhaokao.plugins.api.SpiVersion;
import org.zhaokao.plugins.api.StageDescriptor;
import org.zhaokao.plugins.api.StagePlugin;
import org.zhaokao.plugins.api.config.ConfigMetadata;
import org.zhaokao.plugins.api.config.StageConfig;

/**
 * The written-exam stage (笔试) as the core sees it: manifest, permissions, screens, settings, and
 * the core's services once it is initialised.
 */
public class WrittenExamPlugin implements StagePlugin {

  /** The stage id. */
  public static final String ID = "written-exam";

  /** Manage the question bank: items, Excel import and export. */
  public static final String BANK = "stage:" + ID + ":bank";

  /** Set exams up, generate papers, report scores. */
  public static final String MANAGE = "stage:" + ID + ":manage";

  /** Setting: the score at or above which a candidate passes (0: everyone who sat passes). */
  public static final String PASS_MARK = "passMark";

  private volatile CoreServices core;
  private volatile StageConfig config;

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

  @Override
  public ResourceBundle messages(Locale locale) {
    return ResourceBundle.getBundle(
        "org.zhaokao.written.messages", locale, WrittenExamPlugin.class.getClassLoader());
  }

  @Override
  public void init(StageConfig config) {
    this.config = config;
  }

  @Override
  public void postInit(CoreServices core) {
    this.core = core;
  }

  @Override
  public void close() {
    core = null;
  }

  /**
   * The core's services.
   *
   * @throws IllegalStateException while the plugin is not registered
   */
  public CoreServices core() {
    CoreServices c = core;
    if (c == null) {
      throw new IllegalStateException("the written-exam plugin is not active");
    }
    return c;
  }

  public StageConfig config() {
    StageConfig c = config;
    if (c == null) {
      throw new IllegalStateException("the written-exam plugin is not initialised");
    }
    return c;
  }
}
