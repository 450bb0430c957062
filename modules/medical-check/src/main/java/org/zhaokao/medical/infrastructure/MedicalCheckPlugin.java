package org.zhaokao.medical.infrastructure;

import java.util.List;
import org.zhaokao.medical.application.Notices;
import org.zhaokao.plugins.api.BaseStagePlugin;
import org.zhaokao.plugins.api.NotificationTemplate;
import org.zhaokao.plugins.api.PermissionDefinition;
import org.zhaokao.plugins.api.ScreenEntry;
import org.zhaokao.plugins.api.SpiVersion;
import org.zhaokao.plugins.api.StageDescriptor;
import org.zhaokao.plugins.api.config.ConfigMetadata;
import org.zhaokao.plugins.api.config.StageConfig;

/** The medical-check stage (体检) as the core sees it. */
public class MedicalCheckPlugin extends BaseStagePlugin {

  /** The stage id; permissions are {@code stage:medical-check:<action>}. */
  public static final String ID = "medical-check";

  /** Hospitals and the check's schedule. */
  public static final String MANAGE = "stage:" + ID + ":manage";

  /** The medical officer (体检审核): reads reports, judges authenticity and conformity. */
  public static final String REVIEW = "stage:" + ID + ":review";

  /** Employer users: the verdicts of reviewed reports (scoped to their employer). */
  public static final String VERDICTS = "stage:" + ID + ":verdicts";

  /** Reading the report itself as an employer user, where the employer is permitted to. */
  public static final String HEALTH_DATA = "stage:" + ID + ":health-data";

  /** The largest report a candidate may upload, in bytes. */
  public static final String MAX_REPORT_BYTES = "maxReportBytes";

  private volatile int maxReportBytes = 8 * 1024 * 1024;

  public MedicalCheckPlugin() {
    super("org.zhaokao.medical.messages");
  }

  @Override
  public StageDescriptor descriptor() {
    return StageDescriptor.builder(ID, "1.0.0", SpiVersion.CURRENT)
        .nameKey("stage.name")
        .descriptionKey("stage.description")
        .schema("mc_", "db/medical-check")
        .build();
  }

  @Override
  public ConfigMetadata configMetadata() {
    return ConfigMetadata.builder()
        .integer(MAX_REPORT_BYTES)
        .label("config.maxReportBytes")
        .range(1024, 10 * 1024 * 1024)
        .defaultValue(String.valueOf(8 * 1024 * 1024))
        .add()
        .build();
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(
        new PermissionDefinition("manage", "permission.manage"),
        new PermissionDefinition("review", "permission.review"),
        new PermissionDefinition("verdicts", "permission.verdicts"),
        new PermissionDefinition("health-data", "permission.healthData"));
  }

  @Override
  public List<ScreenEntry> screens() {
    return List.of(
        ScreenEntry.of("screen.checks", "/checks.xhtml", "manage"),
        ScreenEntry.of("screen.review", "/review.xhtml", "review"));
  }

  @Override
  public List<ScreenEntry> candidateScreens() {
    return List.of(ScreenEntry.forCandidates("screen.mine", "/my.xhtml"));
  }

  @Override
  public List<NotificationTemplate> notificationTemplates() {
    return Notices.templates();
  }

  @Override
  public void init(StageConfig config) {
    super.init(config);
    maxReportBytes = config.getInt(MAX_REPORT_BYTES);
  }

  public int maxReportBytes() {
    return maxReportBytes;
  }
}
