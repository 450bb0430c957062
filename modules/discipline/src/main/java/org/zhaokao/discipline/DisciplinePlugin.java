package org.zhaokao.discipline;

import java.util.List;
import java.util.Optional;
import org.zhaokao.discipline.application.BlacklistQuery;
import org.zhaokao.discipline.application.DecisionNotices;
import org.zhaokao.discipline.application.IncidentIntakeService;
import org.zhaokao.discipline.application.LateScoreChanges;
import org.zhaokao.discipline.domain.incident.PendingScoreChange;
import org.zhaokao.plugins.api.BaseStagePlugin;
import org.zhaokao.plugins.api.NotificationTemplate;
import org.zhaokao.plugins.api.PermissionDefinition;
import org.zhaokao.plugins.api.ScreenEntry;
import org.zhaokao.plugins.api.SpiVersion;
import org.zhaokao.plugins.api.StageDescriptor;
import org.zhaokao.plugins.api.config.ConfigMetadata;
import org.zhaokao.plugins.api.config.StageConfig;
import org.zhaokao.plugins.api.discipline.BlacklistCheck;
import org.zhaokao.plugins.api.discipline.Blacklisting;
import org.zhaokao.plugins.api.discipline.IncidentIntake;
import org.zhaokao.plugins.api.discipline.IncidentReceipt;
import org.zhaokao.plugins.api.discipline.IncidentReport;
import org.zhaokao.plugins.api.discipline.ScoreChangeApprovals;

/**
 * The discipline plugin (违纪处置): not a stage of any chain, but the place every stage reports
 * incidents to ({@link IncidentIntake}) and the core asks before it accepts an application ({@link
 * BlacklistCheck}), and that hears when a late score change it asked for is approved ({@link
 * ScoreChangeApprovals}). The capabilities delegate to the WAR's beans, which run in the caller's
 * transaction.
 */
public class DisciplinePlugin extends BaseStagePlugin
    implements IncidentIntake, BlacklistCheck, ScoreChangeApprovals {

  /** The plugin's id; permissions are {@code stage:discipline:<action>}. */
  public static final String ID = "discipline";

  private final IncidentIntakeService intake;
  private final BlacklistQuery blacklist;
  private final LateScoreChanges lateChanges;
  private volatile int appealDays = 15;

  public DisciplinePlugin(
      IncidentIntakeService intake, BlacklistQuery blacklist, LateScoreChanges lateChanges) {
    super("org.zhaokao.discipline.messages");
    this.intake = intake;
    this.blacklist = blacklist;
    this.lateChanges = lateChanges;
  }

  @Override
  public StageDescriptor descriptor() {
    return StageDescriptor.builder(ID, "0.1.0", SpiVersion.CURRENT)
        .nameKey("discipline.name")
        .descriptionKey("discipline.description")
        .schema("dc_", "db/discipline")
        .build();
  }

  @Override
  public ConfigMetadata configMetadata() {
    return ConfigMetadata.builder()
        .integer("appealDays")
        .label("discipline.config.appealDays")
        .range(1, 60)
        .defaultValue("15")
        .add()
        .build();
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(
        new PermissionDefinition("report", "discipline.permission.report"),
        new PermissionDefinition("decide", "discipline.permission.decide"),
        new PermissionDefinition("approve", "discipline.permission.approve"));
  }

  @Override
  public List<ScreenEntry> screens() {
    return List.of(
        ScreenEntry.of("discipline.screen.incidents", "/incidents.xhtml", "report"),
        ScreenEntry.of("discipline.screen.catalogue", "/catalogue.xhtml", "report"));
  }

  @Override
  public List<NotificationTemplate> notificationTemplates() {
    return DecisionNotices.templates();
  }

  @Override
  public void init(StageConfig config) {
    super.init(config);
    appealDays = config.getInt("appealDays");
  }

  @Override
  public IncidentReceipt report(IncidentReport report) {
    return intake.report(report);
  }

  @Override
  public Optional<Blacklisting> check(long candidateAccountId, long employerId) {
    // A bar holds for every employer unless the decision limited it to the incident's employer.
    return blacklist.check(candidateAccountId, employerId);
  }

  @Override
  public void approved(long applicationId, String stageId, Kind kind) {
    lateChanges.approved(applicationId, stageId, PendingScoreChange.valueOf(kind.name()));
  }

  public int appealDays() {
    return appealDays;
  }
}
