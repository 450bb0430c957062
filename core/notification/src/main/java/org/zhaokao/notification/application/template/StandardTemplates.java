package org.zhaokao.notification.application.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zhaokao.plugins.api.NotificationChannel;
import org.zhaokao.plugins.api.NotificationTemplate;

/**
 * The usual set of default texts for one event: the same subject and body in the inbox and by
 * email, in Chinese and English, and a short SMS that only points to the inbox (texts filled at run
 * time may be long; an SMS is billed by length).
 */
public final class StandardTemplates {

  private StandardTemplates() {}

  /** Eight templates: inbox and email in zh-CN and en, and an SMS in each language. */
  public static List<NotificationTemplate> of(
      String event, String zhSubject, String zhBody, String enSubject, String enBody) {
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    Locale en = Locale.ENGLISH;
    List<NotificationTemplate> t = new ArrayList<>();
    for (NotificationChannel c : List.of(NotificationChannel.INBOX, NotificationChannel.EMAIL)) {
      t.add(new NotificationTemplate(event, c, zh, zhSubject, zhBody));
      t.add(new NotificationTemplate(event, c, en, enSubject, enBody));
    }
    t.add(
        new NotificationTemplate(
            event, NotificationChannel.SMS, zh, "", "【招考服务平台】" + zhSubject + "，详情请登录平台查看。"));
    t.add(
        new NotificationTemplate(
            event,
            NotificationChannel.SMS,
            en,
            "",
            "Zhaokao: " + enSubject + ". Sign in for details."));
    return t;
  }
}
