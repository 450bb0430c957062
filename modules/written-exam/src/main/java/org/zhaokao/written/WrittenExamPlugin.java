package org.zhaokao.written;

import java.util.List;
import org.zhaokao.plugins.api.BaseStagePlugin;
import org.zhaokao.plugins.api.NotificationTemplate;
import org.zhaokao.plugins.api.PermissionDefinition;
import org.zhaokao.plugins.api.ScreenEntry;
import org.zhaokao.plugins.api.SpiVersion;
import org.zhaokao.plugins.api.StageDescriptor;
import org.zhaokao.plugins.api.config.ConfigMetadata;
import org.zhaokao.plugins.api.config.StageConfig;
import org.zhaokao.written.application.ScheduleNotices;

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

  /** Mark subjective answers (阅卷员): globally or in one recruitment. */
  public static final String MARK = "stage:" + ID + ":mark";

  /**
   * Lead the marking (阅卷组长): open it, set tolerances, arbitrate, watch progress and consistency,
   * release the scores.
   */
  public static final String CHIEF = "stage:" + ID + ":chief";

  /**
   * Proctor online exams (在线监考): watch the live roster and snapshots, message candidates, end an
   * attempt, report to discipline; globally or in one recruitment.
   */
  public static final String PROCTOR = "stage:" + ID + ":proctor";

  /**
   * Setting: a marking question's tolerance, as a percentage of its points, until the chief sets
   * it.
   */
  public static final String MARKING_TOLERANCE = "markingTolerancePercent";

  /** Setting: decimals the final score of a marked question keeps. */
  public static final String MARKING_SCALE = "markingScale";

  /** Setting: how the mean of two marks is rounded. */
  public static final String MARKING_ROUNDING = "markingRounding";

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
        .integer(MARKING_TOLERANCE)
        .label("config.markingTolerance")
        .help("config.markingTolerance.help")
        .range(0, 100)
        .defaultValue("20")
        .add()
        .integer(MARKING_SCALE)
        .label("config.markingScale")
        .help("config.markingScale.help")
        .range(0, 2)
        .defaultValue("1")
        .add()
        .choice(MARKING_ROUNDING, "HALF_UP", "HALF_EVEN", "DOWN")
        .label("config.markingRounding")
        .help("config.markingRounding.help")
        .defaultValue("HALF_UP")
        .add()
        .build();
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(
        new PermissionDefinition("bank", "permission.bank"),
        new PermissionDefinition("manage", "permission.manage"),
        new PermissionDefinition("mark", "permission.mark"),
        new PermissionDefinition("chief", "permission.chief"),
        new PermissionDefinition("proctor", "permission.proctor"));
  }

  @Override
  public List<ScreenEntry> screens() {
    return List.of(
        ScreenEntry.of("screen.items", "/items.xhtml", "bank"),
        ScreenEntry.of("screen.exams", "/exams.xhtml", "manage"),
        ScreenEntry.of("screen.invigilate", "/invigilate.xhtml", "manage"),
        ScreenEntry.of("screen.marking", "/marking.xhtml", "mark"),
        ScreenEntry.of("screen.chief", "/chief.xhtml", "chief"),
        ScreenEntry.of("screen.proctor", "/proctor.xhtml", "proctor"));
  }

  @Override
  public List<ScreenEntry> candidateScreens() {
    return List.of(ScreenEntry.forCandidates("exam.title", "/exam.xhtml"));
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

  @Override
  public List<NotificationTemplate> notificationTemplates() {
    return ScheduleNotices.templates();
  }
}
