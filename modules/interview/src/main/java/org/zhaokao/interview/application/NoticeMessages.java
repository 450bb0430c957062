package org.zhaokao.interview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.zhaokao.interview.Messages;
import org.zhaokao.plugins.api.NotificationChannel;
import org.zhaokao.plugins.api.NotificationTemplate;
import org.zhaokao.plugins.api.notify.NotificationRequest;
import org.zhaokao.plugins.api.notify.Recipient;

/**
 * The interview notice as a notification (面试通知): in-site inbox and e-mail, zh_CN and en, through
 * the core's one notifier. The idempotency key is the slot's, so a repeated send reaches nobody
 * twice.
 */
@ApplicationScoped
public class NoticeMessages {

  /** The event. */
  public static final String NOTICE = "interview.notice";

  /** Where the candidate reads the interview and downloads the notice. */
  public static final String PORTAL_PAGE = "/zhaokao-interview/mine.xhtml";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  @Inject private Stage stage;

  /** The default templates the plugin brings. */
  public static List<NotificationTemplate> templates() {
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    Locale en = Locale.ENGLISH;
    String zhSubject = "面试通知";
    String zhBody =
        "${name}，您好：您报考的“${recruitment}”面试定于${date} ${time}在${place}进行（${panel}）。"
            + "请携带身份证原件和面试通知书按时到候考室签到，未按时签到者按缺考处理。"
            + "面试通知书请在 ${link} 下载。";
    String enSubject = "Interview notice";
    String enBody =
        "Dear ${name}, your interview for \"${recruitment}\" is on ${date} at ${time}, ${place}"
            + " (${panel}). Bring your identity card and this notice and sign in at the waiting"
            + " room on time; who has not signed in when the session starts is absent. Download"
            + " the notice at ${link}.";
    return List.of(
        new NotificationTemplate(NOTICE, NotificationChannel.INBOX, zh, zhSubject, zhBody),
        new NotificationTemplate(NOTICE, NotificationChannel.INBOX, en, enSubject, enBody),
        new NotificationTemplate(NOTICE, NotificationChannel.EMAIL, zh, zhSubject, zhBody),
        new NotificationTemplate(NOTICE, NotificationChannel.EMAIL, en, enSubject, enBody));
  }

  /** The key of the notice of one slot. */
  public static String key(long slotId) {
    return NOTICE + ":slot-" + slotId;
  }

  /** Asks the notifier in the caller's transaction. */
  void send(InterviewNotice n, long candidateAccountId) {
    String place = n.venue().isEmpty() ? n.room() : n.venue() + " " + n.room();
    String part = Messages.part(Messages.bundle(Locale.SIMPLIFIED_CHINESE), n.part());
    String time = n.startsAt() == null ? part : part + " " + TIME.format(n.startsAt());
    stage
        .core()
        .notifier()
        .notify(
            NotificationRequest.builder(NOTICE, key(n.slotId()))
                .to(Recipient.account(String.valueOf(candidateAccountId)))
                .locale(Locale.SIMPLIFIED_CHINESE)
                .parameter("name", n.name())
                .parameter("recruitment", n.recruitment())
                .parameter("date", n.date().toString())
                .parameter("time", time)
                .parameter("place", place)
                .parameter("panel", n.panel())
                .parameter("link", PORTAL_PAGE)
                .build());
  }
}
