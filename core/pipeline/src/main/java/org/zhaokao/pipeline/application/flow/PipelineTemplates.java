package org.zhaokao.pipeline.application.flow;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.ArrayList;
import java.util.List;
import org.zhaokao.notification.application.template.PluginTemplates;
import org.zhaokao.notification.application.template.StandardTemplates;
import org.zhaokao.plugins.api.NotificationTemplate;

/**
 * The default texts of the pipeline's notifications (SPEC P4, F3–F7): a stage's notice, a stage's
 * result, and the admission — handed to the notification module at start-up; editors may change
 * them there.
 */
@Singleton
@Startup
@DependsOn({"PipelineSchema", "zhaokao-notification.jar#NotificationSchema"})
public class PipelineTemplates {

  /** A candidate enters a stage (参加通知). */
  public static final String NOTICE = "pipeline.stage-notice";

  /** A stage's result is published (成绩通知). */
  public static final String RESULT = "pipeline.stage-result";

  /** The candidate is on the published admission list (录用通知), also as a substitute. */
  public static final String ADMITTED = "pipeline.admitted";

  @EJB private PluginTemplates templates;

  @PostConstruct
  void contribute() {
    templates.contributeCore("pipeline", defaults());
  }

  static List<NotificationTemplate> defaults() {
    List<NotificationTemplate> t = new ArrayList<>();
    t.addAll(
        StandardTemplates.of(
            NOTICE,
            "阶段通知：${recruitment}",
            "您好！您报考的“${recruitment}”${position}已进入${stage}环节，请登录招考服务平台查看时间、地点和须知。",
            "Next stage: ${recruitment}",
            "Your application for ${position} in \"${recruitment}\" has entered the ${stage}. Sign in"
                + " for time, place and rules."));
    t.addAll(
        StandardTemplates.of(
            RESULT,
            "成绩公布：${recruitment}",
            "您好！您报考的“${recruitment}”${position}${stage}结果已公布：${result}，成绩${score}。${next}",
            "Result published: ${recruitment}",
            "The ${stage} result of your application for ${position} in \"${recruitment}\" is out:"
                + " ${result}, score ${score}. ${next}"));
    t.addAll(
        StandardTemplates.of(
            ADMITTED,
            "拟录用公示：${recruitment}",
            "您好！您已列入“${recruitment}”${position}拟录用人员名单，公示期至${until}。",
            "Proposed for admission: ${recruitment}",
            "You are on the admission list of \"${recruitment}\" for ${position}; publicity until"
                + " ${until}."));
    return t;
  }
}
