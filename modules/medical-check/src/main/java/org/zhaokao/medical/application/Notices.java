package org.zhaokao.medical.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.zhaokao.medical.domain.hospital.Hospital;
import org.zhaokao.medical.domain.plan.CheckPlan;
import org.zhaokao.plugins.api.NotificationChannel;
import org.zhaokao.plugins.api.NotificationTemplate;
import org.zhaokao.plugins.api.notify.NotificationRequest;
import org.zhaokao.plugins.api.notify.Recipient;
import org.zhaokao.plugins.api.roster.StageEntrant;

/** The check notice (体检通知) each entrant gets when the check is planned or re-planned. */
@ApplicationScoped
public class Notices {

  /** The check was planned or changed. */
  public static final String NOTICE = "medical-check.notice";

  @Inject private StageContext stage;

  /** The default templates the plugin brings. */
  public static List<NotificationTemplate> templates() {
    return List.of(
        new NotificationTemplate(
            NOTICE,
            NotificationChannel.INBOX,
            Locale.SIMPLIFIED_CHINESE,
            "体检通知",
            "请于${date} ${time}到${hospital}（${address}，电话${phone}）${place}参加“${recruitment}”的体检。${notes}"
                + "体检后请在本平台同意健康信息处理并上传体检报告。"),
        new NotificationTemplate(
            NOTICE,
            NotificationChannel.INBOX,
            Locale.ENGLISH,
            "Medical check notice",
            "Please attend the medical check of \"${recruitment}\" on ${date} at ${time}:"
                + " ${hospital} (${address}, tel. ${phone}), ${place}. ${notes} Afterwards, consent"
                + " to the processing of your health data on this site and upload the report."));
  }

  public void tell(StageEntrant entrant, CheckPlan plan, Hospital hospital, String recruitment) {
    stage
        .core()
        .notifier()
        .notify(
            NotificationRequest.builder(
                    NOTICE,
                    NOTICE
                        + ":recruitment-"
                        + plan.recruitmentId()
                        + ":application-"
                        + entrant.applicationId()
                        + ":v"
                        + plan.version())
                .to(Recipient.account(String.valueOf(entrant.candidateAccountId())))
                .parameter("recruitment", recruitment)
                .parameter("date", plan.date().toString())
                .parameter("time", plan.time())
                .parameter("hospital", hospital.name())
                .parameter("address", hospital.address())
                .parameter("phone", hospital.phone())
                .parameter("place", plan.place())
                .parameter("notes", plan.notes())
                .build());
  }
}
