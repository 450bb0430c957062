package org.zhaokao.recruitment.application;

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
 * The default texts of the application review's own notifications beyond the results (those are in
 * the notification module's V2 script): a return for changes, and the reminder before the window
 * closes on a return not yet corrected. Editors may change them in the console.
 */
@Singleton
@Startup
@DependsOn({"RecruitmentSchema", "zhaokao-notification.jar#NotificationSchema"})
public class RecruitmentTemplates {

  /** The review returned the application for changes (退回修改). */
  public static final String RETURNED = "recruitment.returned";

  /** The window closes soon and a returned application is still uncorrected. */
  public static final String RETURNED_REMINDER = "recruitment.returned-reminder";

  @EJB private PluginTemplates templates;

  @PostConstruct
  void contribute() {
    templates.contributeCore("recruitment", defaults());
  }

  static List<NotificationTemplate> defaults() {
    List<NotificationTemplate> t = new ArrayList<>();
    t.addAll(
        StandardTemplates.of(
            RETURNED,
            "报名信息需修改：${recruitment}",
            "${name}，您好！您报考的“${recruitment}”${position}被退回修改，原因：${reason}。"
                + "请在报名截止（${closes}）前登录平台，在“我的报名”中修改后重新提交。",
            "Please correct your application: ${recruitment}",
            "Dear ${name}, your application for ${position} in \"${recruitment}\" was returned for"
                + " changes: ${reason}. Correct and resubmit it under \"My applications\" before"
                + " the window closes (${closes})."));
    t.addAll(
        StandardTemplates.of(
            RETURNED_REMINDER,
            "报名即将截止，请修改报名信息：${recruitment}",
            "${name}，您好！您报考的“${recruitment}”${position}退回修改后尚未重新提交，"
                + "报名将于${closes}截止，逾期未提交的报名不进入资格审核。",
            "Applications close soon: ${recruitment}",
            "Dear ${name}, your returned application for ${position} in \"${recruitment}\" has not"
                + " been resubmitted; applications close at ${closes}. An application not"
                + " resubmitted by then is not reviewed."));
    return t;
  }
}
