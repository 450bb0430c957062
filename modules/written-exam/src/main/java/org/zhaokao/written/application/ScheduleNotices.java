package org.zhaokao.written.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.zhaokao.plugins.api.NotificationChannel;
import org.zhaokao.plugins.api.NotificationTemplate;
import org.zhaokao.plugins.api.notify.NotificationRequest;
import org.zhaokao.plugins.api.notify.Recipient;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.written.domain.paper.WrittenExam;

/**
 * The notice (笔试时间调整通知) every entrant gets when the exam's window moves: the time printed on their
 * ticket no longer holds, so nobody may learn of it only at the door. When the exam has rules, the
 * notice reminds that they are accepted on the pre-exam page before the paper opens.
 */
@ApplicationScoped
public class ScheduleNotices {

  /** The exam's window moved. */
  public static final String RESCHEDULED = "written-exam.rescheduled";

  /**
   * The exam's window moved, and the exam has rules (考试须知): the notice also says they must be read
   * and accepted on the pre-exam page before the paper opens.
   */
  public static final String RESCHEDULED_WITH_RULES = "written-exam.rescheduled.rules";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  private static final String ZH_BODY =
      "“${recruitment}”的笔试时间已调整为 ${startsAt} 至 ${endsAt}（北京时间），"
          + "原定时间作废。调整原因：${reason}。准考证上的其他信息不变。";
  private static final String EN_BODY =
      "The written exam of \"${recruitment}\" now runs from ${startsAt} to ${endsAt}"
          + " (Beijing time); the earlier time no longer holds. Reason: ${reason}. The rest"
          + " of your admission ticket is unchanged.";

  @Inject private StageCore core;

  /** The default templates the plugin brings. */
  public static List<NotificationTemplate> templates() {
    return List.of(
        zh(RESCHEDULED, ZH_BODY),
        en(RESCHEDULED, EN_BODY),
        zh(RESCHEDULED_WITH_RULES, ZH_BODY + "本场考试设有考试须知：请在开考前登录考前准备页面阅读并确认接受，确认后方可打开试卷。"),
        en(
            RESCHEDULED_WITH_RULES,
            EN_BODY
                + " This exam has rules: read and accept them on the pre-exam page before the"
                + " start; the paper opens only once you have accepted them."));
  }

  private static NotificationTemplate zh(String event, String body) {
    return new NotificationTemplate(
        event, NotificationChannel.INBOX, Locale.SIMPLIFIED_CHINESE, "笔试时间调整通知", body);
  }

  private static NotificationTemplate en(String event, String body) {
    return new NotificationTemplate(
        event, NotificationChannel.INBOX, Locale.ENGLISH, "Written exam rescheduled", body);
  }

  /**
   * Tells every entrant, in requests of at most {@link NotificationRequest#MAX_RECIPIENTS}; a retry
   * of the same change adds nothing.
   *
   * @return how many were told
   */
  public int tell(List<StageEntrant> entrants, WrittenExam exam, String recruitment, String why) {
    Instant start = exam.startsAt();
    Instant end = exam.endsAt();
    String change =
        RESCHEDULED
            + ":exam-"
            + exam.id()
            + ":start-"
            + start.getEpochSecond()
            + ":end-"
            + end.getEpochSecond();
    String event = exam.rules() == null ? RESCHEDULED : RESCHEDULED_WITH_RULES;
    int size = NotificationRequest.MAX_RECIPIENTS;
    for (int from = 0; from < entrants.size(); from += size) {
      NotificationRequest.Builder request =
          NotificationRequest.builder(event, change + ":from-" + from)
              .parameter("recruitment", recruitment)
              .parameter("startsAt", TIME.format(start))
              .parameter("endsAt", TIME.format(end))
              .parameter("reason", why);
      for (StageEntrant e : entrants.subList(from, Math.min(from + size, entrants.size()))) {
        request.to(Recipient.account(String.valueOf(e.candidateAccountId())));
      }
      core.services().notifier().notify(request.build());
    }
    return entrants.size();
  }
}
