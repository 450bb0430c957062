package org.zhaokao.discipline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.zhaokao.discipline.domain.catalogue.ViolationType;
import org.zhaokao.discipline.domain.incident.Incident;
import org.zhaokao.discipline.domain.incident.PendingScoreChange;
import org.zhaokao.plugins.api.NotificationChannel;
import org.zhaokao.plugins.api.NotificationTemplate;
import org.zhaokao.plugins.api.notify.NotificationRequest;
import org.zhaokao.plugins.api.notify.Recipient;

/**
 * What the candidate is told (处理决定告知): the decision with its standard, reason and appeal deadline,
 * and later the outcome of an appeal. In the decision's transaction, through the core's notifier.
 */
@ApplicationScoped
public class DecisionNotices {

  /** A decision took effect. */
  public static final String DECISION = "discipline.decision";

  /** An appeal was resolved. */
  public static final String APPEAL = "discipline.appeal-resolved";

  /** A score voided in error came back, or will once a second person approves. */
  public static final String REINSTATED = "discipline.score-reinstated";

  /** A late score change (a voiding or a reinstatement) was approved by a second person. */
  public static final String APPROVED = "discipline.score-change-approved";

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject private CoreAccess access;

  /** The default templates the plugin brings. */
  public static List<NotificationTemplate> templates() {
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    Locale en = Locale.ENGLISH;
    return List.of(
        new NotificationTemplate(
            DECISION,
            NotificationChannel.INBOX,
            zh,
            "违纪违规处理决定告知",
            "经调查，您在招考项目（编号${recruitment}）${stage}环节存在“${violation}”行为。依据${standard}，"
                + "作出如下处理：${sanctions}。理由：${reason}。如对本决定有异议，请于${deadline}（北京时间）前通过本平台提出申诉（事件编号${incident}）。"),
        new NotificationTemplate(
            DECISION,
            NotificationChannel.INBOX,
            en,
            "Decision on a violation",
            "In recruitment ${recruitment}, stage ${stage}, you were found to have committed:"
                + " ${violation}. Under ${standard} the decision is: ${sanctionsEn}. Reason: ${reason}."
                + " You may appeal on this site until ${deadline} (China Standard Time), citing"
                + " incident ${incident}."),
        new NotificationTemplate(
            APPEAL,
            NotificationChannel.INBOX,
            zh,
            "申诉复核结果",
            "您就违纪违规处理决定（事件编号${incident}）提出的申诉已复核：${result}。说明：${note}。"),
        new NotificationTemplate(
            APPEAL,
            NotificationChannel.INBOX,
            en,
            "Outcome of your appeal",
            "Your appeal against the decision on incident ${incident} was reviewed: ${resultEn}."
                + " Grounds: ${note}."),
        new NotificationTemplate(
            REINSTATED,
            NotificationChannel.INBOX,
            zh,
            "成绩恢复告知",
            "经复核，因违纪违规处理决定（事件编号${incident}）被作无效处理的您在招考项目（编号${recruitment}）${stage}环节的成绩予以恢复：${state}。说明：${note}。"),
        new NotificationTemplate(
            REINSTATED,
            NotificationChannel.INBOX,
            en,
            "Your score is reinstated",
            "On review, your score in recruitment ${recruitment}, stage ${stage}, voided by the"
                + " decision on incident ${incident}, is reinstated: ${stateEn}. Grounds: ${note}."),
        new NotificationTemplate(
            APPROVED,
            NotificationChannel.INBOX,
            zh,
            "成绩变更生效告知",
            "您在招考项目（编号${recruitment}）${stage}环节的成绩变更（违纪违规处理事件编号${incident}）已经另一名工作人员审核同意，现已生效：${change}。"),
        new NotificationTemplate(
            APPROVED,
            NotificationChannel.INBOX,
            en,
            "A change of your score now applies",
            "The change of your score in recruitment ${recruitment}, stage ${stage} (incident"
                + " ${incident}) was approved by a second staff member and now applies:"
                + " ${changeEn}."));
  }

  /**
   * @param voidPending the stage is published, so voiding its score waits for a second person: the
   *     notice must not say the score is void already
   */
  public void decided(Incident i, ViolationType type, boolean voidPending) {
    NotificationRequest request =
        NotificationRequest.builder(
                DECISION,
                "discipline.decision:incident-"
                    + i.id()
                    + ":"
                    + i.decision().appealDeadline().orElseThrow().toEpochSecond())
            .to(Recipient.account(String.valueOf(i.candidateId())))
            .parameter("recruitment", String.valueOf(i.recruitmentId()))
            .parameter("stage", i.stageId())
            .parameter("violation", type.nameZh())
            .parameter("standard", type.standard())
            .parameter("sanctions", SanctionWording.zh(i, voidPending))
            .parameter("sanctionsEn", SanctionWording.en(i, voidPending))
            .parameter("reason", i.decision().reason().orElse(""))
            .parameter(
                "deadline",
                i.decision()
                    .appealDeadline()
                    .orElseThrow()
                    .atZoneSameInstant(CHINA)
                    .format(DEADLINE))
            .parameter("incident", String.valueOf(i.id()))
            .build();
    access.core().notifier().notify(request);
  }

  /**
   * @param scorePending the withdrawn voiding's score comes back once a second person approves
   */
  public void appealResolved(Incident i, boolean scorePending) {
    boolean upheld = i.appeal().upheld().orElseThrow();
    access
        .core()
        .notifier()
        .notify(
            NotificationRequest.builder(APPEAL, "discipline.appeal:incident-" + i.id())
                .to(Recipient.account(String.valueOf(i.candidateId())))
                .parameter("incident", String.valueOf(i.id()))
                .parameter("result", SanctionWording.appealZh(i, upheld, scorePending))
                .parameter("resultEn", SanctionWording.appealEn(i, upheld, scorePending))
                .parameter("note", i.appeal().resolutionNote())
                .build());
  }

  /**
   * @param pending the stage is published: the score comes back once a second person approves
   */
  public void scoreReinstated(Incident i, boolean pending) {
    access
        .core()
        .notifier()
        .notify(
            NotificationRequest.builder(REINSTATED, "discipline.reinstated:incident-" + i.id())
                .to(Recipient.account(String.valueOf(i.candidateId())))
                .parameter("incident", String.valueOf(i.id()))
                .parameter("recruitment", String.valueOf(i.recruitmentId()))
                .parameter("stage", i.stageId())
                .parameter("state", SanctionWording.reinstatedZh(pending))
                .parameter("stateEn", SanctionWording.reinstatedEn(pending))
                .parameter("note", i.reinstatement().note())
                .build());
  }

  /** A late score change the incident waited for was approved: it applies now. */
  public void scoreChangeApproved(Incident i, PendingScoreChange change) {
    access
        .core()
        .notifier()
        .notify(
            NotificationRequest.builder(
                    APPROVED, "discipline.score-change-approved:incident-" + i.id() + ":" + change)
                .to(Recipient.account(String.valueOf(i.candidateId())))
                .parameter("incident", String.valueOf(i.id()))
                .parameter("recruitment", String.valueOf(i.recruitmentId()))
                .parameter("stage", i.stageId())
                .parameter("change", SanctionWording.approvedZh(change))
                .parameter("changeEn", SanctionWording.approvedEn(change))
                .build());
  }

  /** The sanctions in force, as the core's remark and the blacklist record them. */
  static String sanctionsZh(Incident i) {
    return SanctionWording.zh(i, false);
  }
}
