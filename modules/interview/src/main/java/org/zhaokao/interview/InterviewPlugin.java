package org.zhaokao.interview;

import java.util.List;
import org.zhaokao.interview.application.InterviewProblem;
import org.zhaokao.interview.application.NoticeMessages;
import org.zhaokao.plugins.api.BaseStagePlugin;
import org.zhaokao.plugins.api.NotificationTemplate;
import org.zhaokao.plugins.api.PermissionDefinition;
import org.zhaokao.plugins.api.ScreenEntry;
import org.zhaokao.plugins.api.SpiVersion;
import org.zhaokao.plugins.api.StageDescriptor;
import org.zhaokao.plugins.api.config.ConfigMetadata;
import org.zhaokao.plugins.api.config.StageConfig;

/**
 * The interview stage (面试): panels and sessions, notices, the waiting room and lot drawing,
 * calling, sealed examiner sheets, the score room and the chief examiner's signature. It depends on
 * no other stage, so a chain may hold it anywhere.
 */
public class InterviewPlugin extends BaseStagePlugin {

  /** The stage id. */
  public static final String ID = "interview";

  public InterviewPlugin() {
    super("org.zhaokao.interview.messages");
  }

  @Override
  public StageDescriptor descriptor() {
    return StageDescriptor.builder(ID, "0.2.0", SpiVersion.CURRENT)
        .schema("iv_", "db/interview")
        .build();
  }

  /** The defaults of a recruitment's scoring scheme; each recruitment may choose otherwise. */
  @Override
  public ConfigMetadata configMetadata() {
    return SchemeSettings.METADATA;
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(
        new PermissionDefinition(Permission.MANAGE.action(), "permission.manage"),
        new PermissionDefinition(Permission.EXAMINE.action(), "permission.examine"),
        new PermissionDefinition(Permission.SCORE_ROOM.action(), "permission.score-room"),
        new PermissionDefinition(Permission.CHIEF.action(), "permission.chief"));
  }

  @Override
  public List<ScreenEntry> screens() {
    return List.of(
        ScreenEntry.of("screen.examine", "/examine.xhtml", Permission.EXAMINE.action()),
        ScreenEntry.of("screen.calling", "/calling.xhtml", Permission.MANAGE.action()));
  }

  @Override
  public List<ScreenEntry> candidateScreens() {
    return List.of(ScreenEntry.forCandidates("mine.title", "/mine.xhtml"));
  }

  @Override
  public List<NotificationTemplate> notificationTemplates() {
    return NoticeMessages.templates();
  }

  /** While the plugin is not active, {@link #core()} answers 503. */
  @Override
  protected RuntimeException inactive() {
    return new InterviewProblem(503, "inactive", "The interview stage is not active");
  }

  /** The installed defaults of the scheme settings. */
  public StageConfig defaults() {
    return config().orElseGet(() -> SchemeSettings.METADATA.resolve(java.util.Map.of()));
  }
}
